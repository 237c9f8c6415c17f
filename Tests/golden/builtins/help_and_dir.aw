# help(x) prints what the registration tables say of x: a builtin's signature
# and one line, a type's fields and methods, a method; dir(x) lists what can
# follow a dot.
help(sleep)
# expect: sleep(seconds) — an awaitable that finishes after that many seconds (virtual ones with --virtual)
help(Semaphore)
# expect: Semaphore(permits = 1) — at most that many tasks at once inside `with sem { … }`
# expect:   fields:
# expect:     value — the permits free now
# expect:   methods:
# expect:     acquire() — awaitable: takes a permit, waiting in line while none is free
# expect:     release() — gives a permit back (to the first waiter, if any)
# expect:     locked() — whether no permit is free
let q = Queue()
help(q.get)
# expect: get() — awaitable: the oldest item, waiting while the queue is empty
help([].append)
# expect: xs.append(item) — adds item at the end
help(3)
# expect: 3 — an int, with no members
print(dir(Lock()))
# expect: ["acquire", "locked", "release"]
print(dir(spawn sleep(0)))
# expect: ["cancel", "cancelled", "done", "id", "name", "result", "state", "waiting_for", "waits_on"]
print(dir({"name": "Ann"}).contains("name"), dir("s").contains("upper"))
# expect: true true
