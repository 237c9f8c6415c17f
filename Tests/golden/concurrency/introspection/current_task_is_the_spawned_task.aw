# The task that spawn returns is the same object current_task() gives inside it.
var inside = nil
async fn worker() { inside = current_task() }
let t = spawn worker()
await t
print(inside == t)  # expect: true
