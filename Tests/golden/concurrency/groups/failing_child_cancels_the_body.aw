# When a child fails, the body still waiting in the block is cancelled too.
async fn bad() {
    await sleep(1)
    throw ValueError("child failed")
}
try {
    with group() as g {
        g.spawn(bad())
        try {
            await sleep(10)
            print("not reached")
        } finally {
            print("body cancelled at", now())
        }
    }
} catch ErrorGroup {
    print("ErrorGroup")
}
# expect: body cancelled at 1.0
# expect: ErrorGroup
