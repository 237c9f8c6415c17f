# Waiting on an event that is already set returns at once, without suspending.
let e = Event()
e.set()
spawn { print("other task") }
await e.wait()
print("passed a set event")
await sleep(0)
# expect: passed a set event
# expect: other task
