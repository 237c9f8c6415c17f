# Awaiting a task that failed rethrows the task's error.
async fn bad() {
    await sleep(1)
    throw ValueError("boom")
}
let t = spawn bad()
try {
    await t
} catch ValueError as e {
    print("caught", e.message)  # expect: caught boom
}
