# `for await` over a queue waits for its next item until the queue is
# closed: with no task left to put into it or close it, a deadlock.
let q = Queue()
async fn consume() { for await x in q { print(x) } }
await consume()
# expect error: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will put into or close Queue#1)
# expect stderr: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will put into or close Queue#1)
# expect stderr:   --> Tests/golden/concurrency/deadlock/for_await_over_a_queue_nobody_fills.aw:4:37
# expect stderr:    |
# expect stderr:  4 | async fn consume() { for await x in q { print(x) } }
# expect stderr:    |                                     ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/for_await_over_a_queue_nobody_fills.aw:4:37 in consume
# expect stderr:          Tests/golden/concurrency/deadlock/for_await_over_a_queue_nobody_fills.aw:5:7 in <main>
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/for_await_over_a_queue_nobody_fills.aw:4 on Queue#1 (next item)
