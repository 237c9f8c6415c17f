# t.cancel() returns true for a task that is not done, false for a finished one.
async fn f() { await sleep(1) }
let t = spawn f()
print(t.cancel())  # expect: true
let u = spawn f()
await u
print(u.cancel())  # expect: false
print(u.cancelled())  # expect: false
