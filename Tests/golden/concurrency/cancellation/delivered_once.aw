# Cancellation is delivered once: after catching it, the task can sleep again undisturbed.
async fn worker() {
    try {
        await sleep(10)
    } catch CancelledError {
        print("cancelled at", now())
    }
    await sleep(2)
    print("slept again until", now())
}
let t = spawn worker()
await sleep(1)
t.cancel()
await t
# expect: cancelled at 1.0
# expect: slept again until 3.0
