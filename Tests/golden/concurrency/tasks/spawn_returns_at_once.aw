# `spawn` returns the task at once; the spawner keeps running until its next suspension.
async fn child() { print("child runs") }
let t = spawn child()
print("spawner continues")
print(t.done())
await sleep(0)
print(t.done())
# expect: spawner continues
# expect: false
# expect: child runs
# expect: true
