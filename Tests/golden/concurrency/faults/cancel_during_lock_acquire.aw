# A task cancelled while waiting for a lock leaves the queue: the lock goes to the next waiter, then is free.
let lock = Lock()
async fn waiter(name) {
    try {
        with lock { print(name, "got the lock") }
    } finally {
        print(name, "finally")
    }
}
var a = nil
var b = nil
with lock {
    a = spawn waiter("a")
    b = spawn waiter("b")
    await sleep(1)
    a.cancel()
    await sleep(0)
}
await b
print(lock.locked())
with lock { print("main takes it again") }
# expect: a finally
# expect: b got the lock
# expect: b finally
# expect: false
# expect: main takes it again
