# A finally block of a cancelled task may await again to clean up.
async fn worker() {
    try {
        await sleep(10)
    } finally {
        await sleep(1)
        print("cleanup finished at", now())
    }
}
let t = spawn worker()
await sleep(1)
t.cancel()
try { await t } catch CancelledError {}
print("main sees the end at", now())
# expect: cleanup finished at 2.0
# expect: main sees the end at 2.0
