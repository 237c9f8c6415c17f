# set() wakes every waiter, in the order they started waiting.
let e = Event()
async fn waiter(name) {
    await e.wait()
    print(name, "woke")
}
let ts = [spawn waiter("a"), spawn waiter("b"), spawn waiter("c")]
await sleep(1)
e.set()
await gather(...ts)
# expect: a woke
# expect: b woke
# expect: c woke
