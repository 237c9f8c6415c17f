# A child spawned into a group after the group was cancelled starts cancelled
# (as in Trio), so the group does not wait for it.
var grp = nil
async fn respawner() {
    try {
        await sleep(100)
    } finally {
        let late = grp.spawn(sleep(50))
        print("spawned into the cancelled group")
    }
}
async fn body() {
    with group() as g {
        grp = g
        g.spawn(respawner())
    }
}
let m = spawn body()
await sleep(1)
m.cancel()
try {
    await m
} catch CancelledError {
    print("group cancelled at", now(), grp.tasks[1].cancelled())
}
# expect: spawned into the cancelled group
# expect: group cancelled at 1.0 true
