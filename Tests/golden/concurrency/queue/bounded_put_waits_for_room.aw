# A bounded queue applies back-pressure: put() on a full queue waits for a get().
let q = Queue(1)
async fn producer() {
    for i in range(3) {
        await q.put(i)
        print("put", i, "at", now())
    }
}
let p = spawn producer()
for i in range(3) {
    await sleep(1)
    print("got", await q.get(), "at", now())
}
await p
# expect: put 0 at 0.0
# expect: got 0 at 1.0
# expect: put 1 at 1.0
# expect: got 1 at 2.0
# expect: put 2 at 2.0
# expect: got 2 at 3.0
