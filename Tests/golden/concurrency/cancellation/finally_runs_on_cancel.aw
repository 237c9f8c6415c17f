# A cancelled task runs its finally blocks.
async fn worker() {
    try {
        await sleep(10)
    } finally {
        print("finally ran")
    }
}
let t = spawn worker()
await sleep(1)
t.cancel()
try { await t } catch CancelledError { print("task cancelled") }
# expect: finally ran
# expect: task cancelled
