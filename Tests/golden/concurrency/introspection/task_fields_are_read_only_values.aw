# name and id are fields, done() and cancelled() methods, on any task including main.
let m = current_task()
print(type(m.name), type(m.id))  # expect: string int
print(m.done(), m.cancelled())  # expect: false false
