# Two producers and two consumers share a bounded queue; every item is consumed exactly once.
let q = Queue(2)
var seen = []
async fn producer(base) {
    for i in range(5) { await q.put(base + i) }
}
async fn consumer() {
    for await x in q {
        seen.append(x)
        await sleep(0.1)
    }
}
let cs = [spawn consumer(), spawn consumer()]
await gather(producer(0), producer(100))
q.close()
await gather(...cs)
print(len(seen), sorted(seen) == [0, 1, 2, 3, 4, 100, 101, 102, 103, 104])
# expect: 10 true
