# The `cancel t` statement cancels a task like t.cancel().
async fn worker() {
    try { await sleep(10) } finally { print("worker stopped at", now()) }
}
let t = spawn worker()
await sleep(2)
cancel t
await sleep(0)
print(t.cancelled())
# expect: worker stopped at 2.0
# expect: true
