# BUG: release() grants the permit to the first waiter; if that waiter is cancelled before it runs, it gets
# CancelledError from acquire() and the permit is lost (value stays 0, the next waiter deadlocks). Spec 8 / 6.7:
# an acquire that ends in CancelledError must not consume a permit; it should pass to the next waiter.
# A semaphore waiter cancelled after a release woke it, before it ran, passes the permit on instead of losing it.
let sem = Semaphore(1)
await sem.acquire()
let got = []
async fn waiter(name) {
    try {
        await sem.acquire()
        got.append(name)
        sem.release()
    } catch CancelledError {
        got.append(name + " cancelled")
    }
}
let a = spawn waiter("a")
let b = spawn waiter("b")
await sleep(1)
sem.release()
a.cancel()
await gather(a, b)
print(got.contains("b"), len(got))  # expect: true 2
print(sem.value)  # expect: 1
