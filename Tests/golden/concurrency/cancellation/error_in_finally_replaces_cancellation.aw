# An error thrown by a finally during cancellation replaces the CancelledError, so the task fails.
async fn worker() {
    try {
        await sleep(10)
    } finally {
        throw ValueError("cleanup failed")
    }
}
let t = spawn worker()
await sleep(1)
t.cancel()
try {
    await t
} catch ValueError as e {
    print("task failed with", e.message)  # expect: task failed with cleanup failed
}
print(t.cancelled())  # expect: false
