# Errors thrown while the group cancels its children are collected too, in the order they happened.
async fn bad() {
    await sleep(1)
    throw ValueError("first")
}
async fn fails_on_cancel() {
    try {
        await sleep(10)
    } catch CancelledError {
        throw KeyError("while cancelling")
    }
}
try {
    with group() as g {
        g.spawn(fails_on_cancel())
        g.spawn(bad())
    }
} catch ErrorGroup as eg {
    for e in eg.errors { print(e.kind, e.message) }
}
# expect: ValueError first
# expect: KeyError while cancelling
