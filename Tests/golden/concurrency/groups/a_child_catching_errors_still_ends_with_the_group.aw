# A group whose child catches every ordinary error still ends when a sibling
# fails. The child woken at the same instant (by the failure of the task it
# awaits) takes its step before the group's cancellation, as in Python 3.11:
# it catches that error, then is cancelled at its next await.
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
# expect: resilient caught ValueError: other
# expect: group failed at 1.0 [ValueError: child]
