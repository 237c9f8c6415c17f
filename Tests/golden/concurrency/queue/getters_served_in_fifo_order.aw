# Tasks waiting in get() receive items in the order they started waiting.
let q = Queue()
async fn getter(name) { print(name, "got", await q.get()) }
let ts = [spawn getter("a"), spawn getter("b"), spawn getter("c")]
await sleep(1)
for x in [1, 2, 3] { q.put_nowait(x) }
await gather(...ts)
# expect: a got 1
# expect: b got 2
# expect: c got 3
