# `catch e` in a cancelled task does not catch the CancelledError.
async fn worker() {
    try {
        await sleep(10)
    } catch e {
        print("catch e must not see a cancellation")
    }
    print("not reached")
}
let t = spawn worker()
await sleep(1)
t.cancel()
await sleep(1)
print(t.cancelled())  # expect: true
