# Dining philosophers (5): each takes the fork on the left, then the one on
# the right; all take their left fork at once, and every one waits for the
# next one's: a cycle through all of them.
let n = 5
let forks = []
for i in range(n) { forks.append(Lock()) }
async fn philosopher(i) {
    with forks[i] {
        await sleep(0.1)
        with forks[(i + 1) % n] { print("philosopher", i, "eats") }
    }
}
let table = []
for i in range(n) { table.append(spawn philosopher(i)) }
await gather(...table)
# expect error: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr:   --> Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:15:7
# expect stderr:    |
# expect stderr: 15 | await gather(...table)
# expect stderr:    |       ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:15:7 in <main>
# expect stderr: philosopher#2 → Lock#2 (held by philosopher#3) → philosopher#3 → Lock#3 (held by philosopher#4) → philosopher#4 → Lock#4 (held by philosopher#5) → philosopher#5 → Lock#5 (held by philosopher#6) → philosopher#6 → Lock#1 (held by philosopher#2)
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:15 on gather (philosopher#2, philosopher#3, philosopher#4, philosopher#5, philosopher#6)
# expect stderr: philosopher#2 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:10 on Lock#2 held by philosopher#3
# expect stderr: philosopher#3 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:10 on Lock#3 held by philosopher#4
# expect stderr: philosopher#4 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:10 on Lock#4 held by philosopher#5
# expect stderr: philosopher#5 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:10 on Lock#5 held by philosopher#6
# expect stderr: philosopher#6 waits at Tests/golden/concurrency/deadlock/dining_philosophers_5.aw:10 on Lock#1 held by philosopher#2
