# Awaiting a cancelled task returns only after the task's cleanup has finished.
async fn worker() {
    try {
        await sleep(10)
    } finally {
        await sleep(3)
        print("cleanup done at", now())
    }
}
let t = spawn worker()
await sleep(1)
t.cancel()
try { await t } catch CancelledError { print("await returned at", now()) }
# expect: cleanup done at 4.0
# expect: await returned at 4.0
