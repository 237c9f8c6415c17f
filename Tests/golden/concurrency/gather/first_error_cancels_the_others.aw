# On the first error gather cancels the other awaitables and rethrows that error.
async fn bad() {
    await sleep(1)
    throw ValueError("boom")
}
async fn slow() {
    try {
        await sleep(10)
        print("slow finished")
    } finally {
        print("slow cleaned up at", now())
    }
}
try {
    await gather(slow(), bad())
} catch ValueError as e {
    print("caught", e.message, "at", now())
}
# expect: slow cleaned up at 1.0
# expect: caught boom at 1.0
