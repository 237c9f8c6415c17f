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
