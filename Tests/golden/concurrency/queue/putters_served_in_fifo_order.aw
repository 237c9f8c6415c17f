# Tasks blocked in put() on a full queue get in in the order they started waiting.
let q = Queue(1)
q.put_nowait("first")
async fn putter(x) { await q.put(x) }
let ts = [spawn putter("a"), spawn putter("b"), spawn putter("c")]
await sleep(1)
var got = []
for i in range(4) { got.append(await q.get()) }
print(got)  # expect: ["first", "a", "b", "c"]
