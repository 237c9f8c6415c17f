# Main awaiting a task that waits forever on an event is a deadlock of both.
let e = Event()
async fn worker() { await e.wait() }
await spawn worker()
# expect error: error: DeadlockError: all tasks are blocked
