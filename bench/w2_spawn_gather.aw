# W2 spawn-gather: n tasks, each awaits sleep(0) and returns its index; gather them and print the sum.
# The same workload as ../../shared/bench/peers/w2_spawn_gather.py. N=100000 prints 4999950000.
async fn work(i) {
    await sleep(0)
    return i
}

let n = int(env("N", "100000"))
let tasks = []
for i in range(n) { tasks.append(spawn work(i)) }
print(sum(await gather(...tasks)))
