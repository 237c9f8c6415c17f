# Getting from an empty queue that nobody will fill is a deadlock.
let q = Queue()
await q.get()
# expect error: error: DeadlockError: all tasks are blocked
