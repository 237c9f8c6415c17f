# Main waiting on an event that nothing can set, with no timer pending, is a deadlock.
let e = Event()
print("waiting")  # expect: waiting
await e.wait()
print("not reached")
# expect error: error: DeadlockError: all tasks are blocked
