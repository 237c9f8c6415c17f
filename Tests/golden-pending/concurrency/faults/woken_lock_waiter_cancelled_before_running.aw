# BUG: release() hands the lock to the first waiter; if that waiter is cancelled before it runs, it gets
# CancelledError at its acquire but the lock stays held by it, so the lock is never released (the next waiter
# deadlocks: 'waiter#3 waits on Lock#1 held by waiter#2'). Spec 8: cancellation is delivered once at the current
# (or next) suspension and leaves no waiter behind; a task that sees CancelledError from acquiring must not own the lock.
# A lock waiter that is cancelled after the release woke it, before it ran, does not keep the lock.
let lock = Lock()
let order = []
async fn waiter(name) {
    try {
        with lock { order.append(name) }
    } catch CancelledError {
        order.append(name + " cancelled")
    }
}
var a = nil
var b = nil
with lock {
    a = spawn waiter("a")
    b = spawn waiter("b")
    await sleep(1)
}
a.cancel()
await gather(a, b)
print(order.contains("b"), len(order))  # expect: true 2
print(lock.locked())  # expect: false
