# 1,000,000 spawn-and-cancel cycles: each task starts sleeping and is cancelled at once.
# Prints the resident memory after 100,000 cycles and at the end, in MiB; they should match
# (nothing a cancelled task used is kept: no waiter, no timer, no fiber).
async fn sleeper() { await sleep(10) }

let n = int(env("N", "1000000"))
var early = 0
for i in range(n) {
    let t = spawn sleeper()
    await sleep(0)
    t.cancel()
    try { await t } catch CancelledError {}
    if i == 100_000 { early = stats().rss_bytes }
}
let late = stats().rss_bytes
print("rss after 100k: \(early // 1048576) MiB, after \(n): \(late // 1048576) MiB, tasks live: \(stats().tasks_live)")
