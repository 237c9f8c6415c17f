# A task given to wait_for is cancelled when the time is up.
async fn job() { await sleep(5) }
let t = spawn job()
try {
    await wait_for(t, 1)
} catch TimeoutError {
    print("timeout")  # expect: timeout
}
print(t.done(), t.cancelled())  # expect: true true
