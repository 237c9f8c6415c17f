# Two tasks taking two locks in opposite order block each other forever: a deadlock.
let a = Lock()
let b = Lock()
async fn one() {
    with a {
        await sleep(1)
        with b { print("one has both") }
    }
}
async fn two() {
    with b {
        await sleep(1)
        with a { print("two has both") }
    }
}
await gather(one(), two())
# expect error: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr: error: DeadlockError: all tasks are blocked: they wait on each other in a cycle
# expect stderr:   --> Tests/golden/concurrency/deadlock/lock_order_cycle.aw:16:7
# expect stderr:    |
# expect stderr: 16 | await gather(one(), two())
# expect stderr:    |       ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/lock_order_cycle.aw:16:7 in <main>
# expect stderr: one#2 → Lock#2 (held by two#3) → two#3 → Lock#1 (held by one#2)
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/lock_order_cycle.aw:16 on gather (one#2, two#3)
# expect stderr: one#2 waits at Tests/golden/concurrency/deadlock/lock_order_cycle.aw:7 on Lock#2 held by two#3
# expect stderr: two#3 waits at Tests/golden/concurrency/deadlock/lock_order_cycle.aw:13 on Lock#1 held by one#2
