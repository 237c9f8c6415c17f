# One release wakes exactly one waiter; the others keep waiting.
let sem = Semaphore(1)
await sem.acquire()
var got = []
async fn waiter(name) {
    await sem.acquire()
    got.append(name)
}
let ts = [spawn waiter("a"), spawn waiter("b"), spawn waiter("c")]
await sleep(1)
sem.release()
await sleep(1)
print(got)  # expect: ["a"]
sem.release()
sem.release()
await gather(...ts)
print(got)  # expect: ["a", "b", "c"]
