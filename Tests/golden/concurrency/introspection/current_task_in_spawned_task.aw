# current_task() inside a spawned task is that task, shown as running.
async fn worker() { print(current_task()) }
let t = spawn worker()
await t
# expect: <task worker#2 running>
print(current_task() == t)  # expect: false
