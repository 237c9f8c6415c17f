# Cancelling a task waiting in a group cancels the children; the task sees CancelledError, not an ErrorGroup.
async fn child(name) {
    try { await sleep(10) } finally { print(name, "cancelled") }
}
let t = spawn {
    try {
        with group() as g {
            g.spawn(child("a"))
            g.spawn(child("b"))
        }
    } catch ErrorGroup {
        print("wrong: ErrorGroup")
    } catch CancelledError {
        print("task cancelled at", now())
    }
}
await sleep(1)
t.cancel()
await t
print(len(all_tasks()))
# expect: a cancelled
# expect: b cancelled
# expect: task cancelled at 1.0
# expect: 1
