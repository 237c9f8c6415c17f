# Top-level code runs in the main task, named main with id 1.
let m = current_task()
print(m.name)  # expect: main
print(m.id)  # expect: 1
print(m)  # expect: <task main#1 running>
