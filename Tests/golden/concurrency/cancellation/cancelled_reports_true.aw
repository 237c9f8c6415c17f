# After a cancellation, done() and cancelled() are both true and result() throws CancelledError.
async fn slow() { await sleep(5) }
let t = spawn slow()
await sleep(1)
t.cancel()
await sleep(0)
print(t.done(), t.cancelled())  # expect: true true
try {
    t.result()
} catch CancelledError {
    print("result() threw CancelledError")  # expect: result() threw CancelledError
}
