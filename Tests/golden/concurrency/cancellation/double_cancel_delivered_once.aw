# Two cancel requests before the task runs again still deliver one CancelledError.
async fn worker() {
    var caught = 0
    for i in range(2) {
        try {
            await sleep(5)
        } catch CancelledError {
            caught += 1
        }
    }
    return caught
}
let t = spawn worker()
await sleep(1)
t.cancel()
t.cancel()
print(await t, now())  # expect: 1 6.0
