# A task cancelled while awaiting another task runs its finally once; as in asyncio the awaited task is
# cancelled too, and its end does not wake the waiter a second time.
var finally_runs = 0
var resumed = false
async fn worker() {
    await sleep(2)
    return "w"
}
let w = spawn worker()
let t = spawn {
    try {
        await w
        resumed = true
    } finally {
        finally_runs += 1
    }
}
await sleep(1)
t.cancel()
try { await t } catch CancelledError {}
print(t.cancelled(), w.cancelled(), finally_runs)  # expect: true true 1
await sleep(5)
print(finally_runs, resumed, now())  # expect: 1 false 6.0
