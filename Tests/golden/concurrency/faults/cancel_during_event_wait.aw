# A task cancelled while waiting on an event is gone; set() wakes only the remaining waiter.
let e = Event()
async fn waiter(name) {
    try {
        await e.wait()
        print(name, "woke")
    } finally {
        print(name, "finally")
    }
}
let a = spawn waiter("a")
let b = spawn waiter("b")
await sleep(1)
a.cancel()
await sleep(0)
e.set()
await b
print(a.cancelled(), b.cancelled())
# expect: a finally
# expect: b woke
# expect: b finally
# expect: true false
