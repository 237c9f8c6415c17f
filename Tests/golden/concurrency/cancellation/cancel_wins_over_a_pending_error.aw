# A task woken with an error (the task it awaits failed) and cancelled before
# it runs gets CancelledError: the cancellation wins, as in asyncio. So a
# group whose child catches every ordinary error still ends when a sibling fails.
async fn fail(msg) {
    await sleep(1)
    throw ValueError(msg)
}
let other = spawn fail("other")
async fn resilient() {
    try {
        await other
    } catch e {
        print("resilient caught", e)
    }
    while true { await sleep(1) }
}
try {
    with group() as g {
        g.spawn(resilient())
        g.spawn(fail("child"))
    }
} catch ErrorGroup as eg {
    print("group failed at", now(), eg.errors)
}
# expect: group failed at 1.0 [ValueError: child]
