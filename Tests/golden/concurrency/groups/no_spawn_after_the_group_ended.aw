# A group that has ended accepts no new child, so no task can outlive it.
var saved = nil
with group() as g { saved = g }
async fn child() { print("child ran") }
try {
    saved.spawn(child())
    print("spawned into a finished group")
} catch e {
    print("error")  # expect: error
}
await sleep(1)
