# Cancelling a task waiting in gather cancels every gathered child; their finally blocks run.
async fn child(name) {
    try { await sleep(10) } finally { print(name, "finally") }
}
let t = spawn {
    try {
        await gather(child("a"), child("b"))
    } finally {
        print("waiter finally")
    }
}
await sleep(1)
t.cancel()
try { await t } catch CancelledError {}
print("live tasks:", len(all_tasks()))
# expect: a finally
# expect: b finally
# expect: waiter finally
# expect: live tasks: 1
