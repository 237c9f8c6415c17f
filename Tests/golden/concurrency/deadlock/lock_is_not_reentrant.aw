# A Lock is not reentrant: taking it again in the task that holds it deadlocks.
let lock = Lock()
with lock {
    with lock { print("not reached") }
}
# expect error: error: DeadlockError: all tasks are blocked
