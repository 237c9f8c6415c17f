# A deadlock found late still keeps the output printed before it, and the exit status is 1.
# expect exit: 1
let e = Event()
await sleep(2)
print("at", now())  # expect: at 2.0
await e.wait()
# expect error: error: DeadlockError: all tasks are blocked
