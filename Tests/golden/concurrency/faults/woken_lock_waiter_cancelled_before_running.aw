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
