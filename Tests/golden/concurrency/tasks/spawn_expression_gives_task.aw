# `spawn expr` used as an expression evaluates to the new task.
async fn f() => 1
let t = spawn f()
print(type(t))  # expect: task
await t
