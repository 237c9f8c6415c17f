# `for await x in q` waits for items as they come and ends after the producer closes the queue.
let q = Queue()
async fn producer() {
    for i in range(3) {
        await sleep(1)
        await q.put(i)
    }
    q.close()
}
spawn producer()
for await x in q { print("got", x, "at", now()) }
print("closed at", now())
# expect: got 0 at 1.0
# expect: got 1 at 2.0
# expect: got 2 at 3.0
# expect: closed at 3.0
