# mode: real
# On the real clock too, sleep(0) yields to the other ready tasks in FIFO order.
async fn worker(name) {
    for i in range(2) {
        print(name, i)
        await sleep(0)
    }
}
await gather(worker("a"), worker("b"))
# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
