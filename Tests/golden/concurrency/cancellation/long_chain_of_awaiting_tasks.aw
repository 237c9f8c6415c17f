# Cancelling the last of 20,000 tasks that each await the one before cancels
# them all, down to the first (deeper than the scheduler recurses), and every
# finally block runs.
var finallies = 0
async fn link(prev) {
    try {
        if prev == nil { await sleep(1000) } else { await prev }
    } finally {
        finallies += 1
    }
}
var t = nil
for i in range(20000) { t = spawn link(t) }
await sleep(1)
t.cancel()
try {
    await t
} catch CancelledError {
    print("cancelled at", now(), "finally blocks:", finallies)
}
# expect: cancelled at 1.0 finally blocks: 20000
