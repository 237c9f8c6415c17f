# A catch CancelledError may await to clean up and rethrow, leaving the task cancelled.
async fn worker() {
    try {
        await sleep(10)
    } catch CancelledError as c {
        await sleep(0.5)
        print("cleaned up at", now())
        throw c
    }
}
let t = spawn worker()
await sleep(1)
t.cancel()
try { await t } catch CancelledError {}
print(t.cancelled())
# expect: cleaned up at 1.5
# expect: true
