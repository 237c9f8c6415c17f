# Spawning something that is already a task gives back the same task.
async fn f() => 1
let t = spawn f()
let u = spawn t
print(u == t, await u)  # expect: true 1
