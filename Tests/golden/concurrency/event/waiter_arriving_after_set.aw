# A task that starts waiting after the set passes straight through.
let e = Event()
let first = spawn { await e.wait(); print("first") }
await sleep(0)
e.set()
let late = spawn { await e.wait(); print("late") }
await gather(first, late)
# expect: first
# expect: late
