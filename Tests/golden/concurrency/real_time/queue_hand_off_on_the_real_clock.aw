# mode: real
# A producer and a consumer on the real clock pass items in order through a bounded queue.
let q = Queue(1)
async fn producer() {
    for i in range(3) {
        await sleep(0.02)
        await q.put(i)
    }
    q.close()
}
spawn producer()
for await x in q { print("got", x) }
# expect: got 0
# expect: got 1
# expect: got 2
