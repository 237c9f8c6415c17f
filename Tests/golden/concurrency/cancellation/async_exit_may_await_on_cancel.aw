# An async exit of a user context may await while its task is being cancelled.
let ctx = {
    "enter": fn () => nil,
    "exit": async fn (error) {
        await sleep(1)
        print("async exit finished at", now())
    }
}
let t = spawn {
    with ctx { await sleep(10) }
}
await sleep(1)
t.cancel()
try { await t } catch CancelledError { print("task ended at", now()) }
# expect: async exit finished at 2.0
# expect: task ended at 2.0
