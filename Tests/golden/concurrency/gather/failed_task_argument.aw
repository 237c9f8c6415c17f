# A task argument that has already failed makes gather throw its error.
async fn bad() { throw ValueError("early") }
let t = spawn bad()
await sleep(0)
try {
    await gather(t)
} catch ValueError as e {
    print("caught", e.message)  # expect: caught early
}
