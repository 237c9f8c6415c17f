# A coroutine handed to spawn starts only when its task first runs.
async fn f() { print("f starts") }
let c = f()
print("before spawn")
let t = spawn c
print("after spawn")
await t
# expect: before spawn
# expect: after spawn
# expect: f starts
