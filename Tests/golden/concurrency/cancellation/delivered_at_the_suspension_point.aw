# Cancelling a sleeping task throws CancelledError at the await where it is suspended.
async fn sleeper() {
    try {
        await sleep(10)
        print("not reached")
    } catch CancelledError {
        print("cancelled during sleep at", now())  # expect: cancelled during sleep at 1.0
    }
}
let t = spawn sleeper()
await sleep(1)
t.cancel()
await t
