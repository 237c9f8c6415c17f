# Cancelled in sleep, a task runs its finally, and its old timer wakes nothing later.
var runs = 0
async fn sleeper() {
    try {
        await sleep(5)
        runs += 1
    } finally {
        print("sleeper finally at", now())
    }
}
let t = spawn sleeper()
await sleep(1)
t.cancel()
await sleep(10)
print("runs after the old deadline:", runs, "at", now())
# expect: sleeper finally at 1.0
# expect: runs after the old deadline: 0 at 11.0
