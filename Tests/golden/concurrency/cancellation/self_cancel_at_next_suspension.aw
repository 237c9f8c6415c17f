# A task that cancels itself keeps running until its next suspension, where CancelledError arrives.
async fn worker() {
    current_task().cancel()
    print("still running after cancel()")
    try {
        await sleep(0)
        print("not reached")
    } catch CancelledError {
        print("delivered at the next suspension")
    }
}
await spawn worker()
# expect: still running after cancel()
# expect: delivered at the next suspension
