# `catch CancelledError` catches a cancellation; the task may then finish normally with a value.
async fn worker() {
    try {
        await sleep(10)
    } catch CancelledError as c {
        print("caught", c.kind)  # expect: caught CancelledError
    }
    return "recovered"
}
let t = spawn worker()
await sleep(1)
t.cancel()
print(await t)  # expect: recovered
print(t.cancelled())  # expect: false
