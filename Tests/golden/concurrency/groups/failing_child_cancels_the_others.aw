# When a child fails, the group cancels the other children and throws once they have finished.
async fn bad() {
    await sleep(1)
    throw ValueError("child failed")
}
async fn slow(name) {
    try {
        await sleep(10)
        print("not reached")
    } finally {
        print(name, "cancelled at", now())
    }
}
try {
    with group() as g {
        g.spawn(slow("a"))
        g.spawn(bad())
        g.spawn(slow("b"))
    }
} catch ErrorGroup as eg {
    print("ErrorGroup at", now())
}
# expect: a cancelled at 1.0
# expect: b cancelled at 1.0
# expect: ErrorGroup at 1.0
