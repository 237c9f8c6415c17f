# A task cancelled while awaiting another task runs its finally once; the awaited task's later end does not wake it.
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
await sleep(0)
print(t.cancelled(), finally_runs)  # expect: true 1
await sleep(5)
print(finally_runs, resumed, now())  # expect: 1 false 6.0
