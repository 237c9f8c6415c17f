# A cancelled gather cancels its children once: a child's finally block that
# awaits to clean up runs to its end, even after another child ended with
# CancelledError; the gather ends when the last cleanup does.
async fn worker(n, cleanup) {
    try {
        await sleep(100)
    } finally {
        await sleep(cleanup)
        print("cleanup", n, "finished at", now())
    }
}
let t = spawn gather(worker(1, 1), worker(2, 2))
await sleep(1)
t.cancel()
try {
    await t
} catch CancelledError {
    print("gather cancelled at", now())
}
# expect: cleanup 1 finished at 2.0
# expect: cleanup 2 finished at 3.0
# expect: gather cancelled at 3.0
