# A task woken with an error (the task it awaits failed) and cancelled before
# it runs gets CancelledError: the cancellation wins, as in asyncio.
async fn fail(msg) {
    await sleep(1)
    throw ValueError(msg)
}
let other = spawn fail("other")
async fn resilient() {
    try {
        await other
    } catch e {
        print("resilient caught", e)
    }
    print("resilient went on")
}
let r = spawn resilient()
# Wakes at 1.0 just after `other` fails and `r` is woken with its error, before `r` runs.
async fn canceller() {
    await sleep(1)
    r.cancel()
}
spawn canceller()
try { await r } catch CancelledError { print("resilient cancelled at", now()) }
try { await other } catch ValueError as e { print("other failed:", e.message) }
# expect: resilient cancelled at 1.0
# expect: other failed: other
