# Main waiting on an event that nothing can set, with no timer pending, is a deadlock.
let e = Event()
print("waiting")  # expect: waiting
await e.wait()
print("not reached")
# expect error: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will set Event#1)
# expect stderr: error: DeadlockError: all tasks are blocked, and no task is left that could wake them (no cycle: no task will set Event#1)
# expect stderr:   --> Tests/golden/concurrency/deadlock/main_waits_on_an_event_nobody_sets.aw:4:7
# expect stderr:    |
# expect stderr:  4 | await e.wait()
# expect stderr:    |       ^
# expect stderr:   trace: Tests/golden/concurrency/deadlock/main_waits_on_an_event_nobody_sets.aw:4:7 in <main>
# expect stderr: main#1 waits at Tests/golden/concurrency/deadlock/main_waits_on_an_event_nobody_sets.aw:4 on Event#1
