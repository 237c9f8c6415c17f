# W7 memory: n tasks all blocked in sleep(10) at once, then all cancelled; prints the number
# cancelled. Measure peak RSS. The same workload as ../../shared/bench/peers/w7_memory.py.
let n = int(env("N", "100000"))
var started = 0
let all_started = Event()

async fn sleeper() {
    started += 1
    if started == n { all_started.set() }
    await sleep(10)
}

let tasks = []
for i in range(n) { tasks.append(spawn sleeper()) }
await all_started.wait()
for t in tasks { t.cancel() }
let results = await gather(...tasks, return_errors: true)
var cancelled = 0
for r in results {
    if type(r) == "error" and r.kind == "CancelledError" { cancelled += 1 }
}
print(cancelled)
