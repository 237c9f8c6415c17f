# Cancelling a task waiting in wait_for cancels the inner task and gives CancelledError, not TimeoutError.
async fn inner() {
    try { await sleep(10) } finally { print("inner finally at", now()) }
}
let t = spawn {
    try {
        await wait_for(inner(), 5)
    } catch TimeoutError {
        print("wrong: TimeoutError")
    } catch CancelledError {
        print("waiter got CancelledError at", now())
    }
}
await sleep(1)
t.cancel()
await t
await sleep(10)
print("nothing fired later, at", now())
# expect: inner finally at 1.0
# expect: waiter got CancelledError at 1.0
# expect: nothing fired later, at 11.0
