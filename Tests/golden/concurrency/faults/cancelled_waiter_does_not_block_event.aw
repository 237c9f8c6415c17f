# Cancelling every waiter of an event leaves the event usable: a new waiter is woken by set().
let e = Event()
let ts = [spawn e.wait(), spawn e.wait()]
await sleep(1)
for t in ts { t.cancel() }
await sleep(0)
let late = spawn { await e.wait(); print("late waiter woke") }
await sleep(0)
e.set()
await late
print(ts.map(fn (t) => t.cancelled()))
# expect: late waiter woke
# expect: [true, true]
