# 1,000,000 tasks that fail with an ordinary error whose error is retrieved:
# a third awaited directly, a third through gather, a third in a task group.
# Prints the resident memory after 100,000 tasks and at the end, in MiB; they
# should match (a failed task whose error was handled is not kept).
async fn boom() { throw ValueError("boom") }
async fn fine() { await sleep(0) }

let n = int(env("N", "1000000"))
var early = 0
var failures = 0
var i = 0
while i < n {
    try { await spawn boom() } catch ValueError { failures += 1 }
    try { await gather(boom(), fine()) } catch ValueError { failures += 1 }
    try { with group() as g { g.spawn(boom()); g.spawn(fine()) } } catch ErrorGroup { failures += 1 }
    i += 3
    if early == 0 and i >= 100_000 { early = stats().rss_bytes }
}
let late = stats().rss_bytes
print("rss after 100k: \(early // 1048576) MiB, after \(i): \(late // 1048576) MiB, failures: \(failures), tasks live: \(stats().tasks_live)")
