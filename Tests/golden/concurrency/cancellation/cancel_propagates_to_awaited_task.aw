# Cancelling a task blocked in `await w` cancels w too (asyncio semantics; shield exists to prevent it).
async fn worker() {
    try {
        await sleep(2)
        print("worker finished")
    } finally {
        print("worker finally at", now())
    }
}
let w = spawn worker()
let t = spawn {
    try { await w } catch CancelledError { print("awaiter cancelled") }
}
await sleep(1)
t.cancel()
await sleep(5)
print(w.cancelled())
# expect: worker finally at 1.0
# expect: awaiter cancelled
# expect: true
