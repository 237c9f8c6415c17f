# Awaiting a task that was cancelled throws CancelledError in the awaiting task.
async fn slow() { await sleep(5) }
let t = spawn slow()
await sleep(1)
t.cancel()
try {
    await t
} catch CancelledError as c {
    print("await threw", c.kind)  # expect: await threw CancelledError
}
