# Tasks waiting for a lock get it in the order they started waiting.
let lock = Lock()
async fn worker(name) {
    with lock { print(name) }
}
with lock {
    spawn worker("first")
    spawn worker("second")
    spawn worker("third")
    await sleep(1)
    print("main releases")
}
await sleep(1)
# expect: main releases
# expect: first
# expect: second
# expect: third
