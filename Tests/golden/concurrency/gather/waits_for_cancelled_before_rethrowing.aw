# gather waits until the cancelled awaitables have finished their cleanup before it rethrows.
async fn bad() {
    await sleep(1)
    throw ValueError("boom")
}
async fn slow() {
    try {
        await sleep(10)
    } finally {
        print("cleanup starts at", now())
        await sleep(0.5)
        print("cleanup ends at", now())
    }
}
try {
    await gather(bad(), slow())
} catch ValueError {
    print("caught at", now())
}
# expect: cleanup starts at 1.0
# expect: cleanup ends at 1.5
# expect: caught at 1.5
