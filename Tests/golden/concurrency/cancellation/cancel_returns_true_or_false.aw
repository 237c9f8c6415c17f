# t.cancel() returns true when the task was still running and false when it had already finished.
async fn quick() => 1
async fn slow() { await sleep(5) }
let q = spawn quick()
let s = spawn slow()
await sleep(1)
print(q.cancel())  # expect: false
print(s.cancel())  # expect: true
await sleep(0)
print(s.cancel())  # expect: false
