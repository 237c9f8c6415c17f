# A cancel() that arrives while a timeout's cancellation is on its way is not
# lost: the timeout does not turn it into TimeoutError, the CancelledError goes
# on (asyncio counts cancel requests the same way). Also when the timeout
# covers a gather whose children are still cleaning up.
var w = nil
async fn canceller(at) {
    await sleep(at)
    print("cancel ->", w.cancel())
}
async fn worker(body) {
    try {
        with timeout(1) { await body() }
    } catch TimeoutError {
        print("worker: timed out, carrying on")
    }
    await sleep(10)
    print("worker finished normally at", now())
}
async fn sleeps() {
    await sleep(5)
}
async fn slow_cleanup() {
    try { await sleep(5) } finally { await sleep(1) }
}
async fn gathers() {
    await gather(slow_cleanup())
}
for body, at in [[sleeps, 1], [gathers, 1.5]] {
    spawn canceller(at)
    w = spawn worker(body)
    try {
        await w
    } catch CancelledError {
        print("worker cancelled at", now())
    }
}
# expect: cancel -> true
# expect: worker cancelled at 1.0
# expect: cancel -> true
# expect: worker cancelled at 3.0
