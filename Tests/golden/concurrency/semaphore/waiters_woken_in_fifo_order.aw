# Tasks waiting on a semaphore get it in the order they started waiting.
let sem = Semaphore(1)
async fn worker(name) {
    with sem {
        print(name, "in at", now())
        await sleep(1)
    }
}
await sem.acquire()
let ts = [spawn worker("a"), spawn worker("b"), spawn worker("c")]
await sleep(1)
sem.release()
await gather(...ts)
# expect: a in at 1.0
# expect: b in at 2.0
# expect: c in at 3.0
