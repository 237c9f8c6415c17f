# Cancelling a task that already finished changes nothing: its result stays available.
async fn f() => "kept"
let t = spawn f()
await t
t.cancel()
print(t.cancelled(), t.result())  # expect: false kept
