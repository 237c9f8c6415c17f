# Cancelling the shielded task itself cancels it, and the waiter gets CancelledError.
async fn work() { await sleep(5) }
let inner = spawn work()
let waiter = spawn {
    try {
        await shield(inner)
    } catch CancelledError {
        print("waiter saw the inner cancellation")
    }
}
await sleep(1)
inner.cancel()
await waiter
print(inner.cancelled())
# expect: waiter saw the inner cancellation
# expect: true
