# Getting from an empty queue that nobody will fill is a deadlock.
let q = Queue()
await q.get()
# expect error: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will put into Queue#1)
# expect stderr: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will put into Queue#1)
# expect stderr:   --> Tests/golden/concurrency/deadlock/get_from_an_empty_queue.aw:3:7
# expect stderr:    |
# expect stderr:  3 | await q.get()
# expect stderr:    |       ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/get_from_an_empty_queue.aw:3:7 in <main>
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/get_from_an_empty_queue.aw:3 on Queue#1 (get)
