# `with lock` lets one task in at a time; the second waits for the first to leave.
let lock = Lock()
async fn worker(name) {
    with lock {
        print(name, "enters at", now())
        await sleep(1)
        print(name, "leaves at", now())
    }
}
await gather(worker("a"), worker("b"))
# expect: a enters at 0.0
# expect: a leaves at 1.0
# expect: b enters at 1.0
# expect: b leaves at 2.0
