# Acquiring a semaphore with no permit left and nobody to release one is a deadlock.
let sem = Semaphore(1)
await sem.acquire()
await sem.acquire()
# expect error: error: DeadlockError: all tasks are blocked
