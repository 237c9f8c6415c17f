# Putting into a full queue that nobody empties is a deadlock.
let q = Queue(1)
await q.put(1)
await q.put(2)
# expect error: error: DeadlockError: all tasks are blocked
