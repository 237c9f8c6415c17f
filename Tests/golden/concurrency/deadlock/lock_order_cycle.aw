# Two tasks taking two locks in opposite order block each other forever: a deadlock.
let a = Lock()
let b = Lock()
async fn one() {
    with a {
        await sleep(1)
        with b { print("one has both") }
    }
}
async fn two() {
    with b {
        await sleep(1)
        with a { print("two has both") }
    }
}
await gather(one(), two())
# expect error: error: DeadlockError: all tasks are blocked
