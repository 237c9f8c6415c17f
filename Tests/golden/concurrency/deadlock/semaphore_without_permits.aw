# Acquiring a semaphore with no permit left and nobody to release one is a deadlock.
let sem = Semaphore(1)
await sem.acquire()
await sem.acquire()
# expect error: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will release Semaphore#1)
# expect stderr: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will release Semaphore#1)
# expect stderr:   --> Tests/golden/concurrency/deadlock/semaphore_without_permits.aw:4:7
# expect stderr:    |
# expect stderr:  4 | await sem.acquire()
# expect stderr:    |       ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/semaphore_without_permits.aw:4:7 in <main>
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/semaphore_without_permits.aw:4 on Semaphore#1 (0/1 free)
