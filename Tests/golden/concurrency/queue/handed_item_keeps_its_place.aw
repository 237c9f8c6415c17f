# An item handed to a waiting getter keeps its place in a bounded queue until
# that getter runs (as in asyncio): the queue never holds more than maxsize,
# and a cancelled getter's item goes back to the front.
let q = Queue(1)
async fn getter() {
    return await q.get()
}
let g = spawn getter()
await sleep(0)
q.put_nowait("a")
print(q, q.size())
try {
    q.put_nowait("b")
} catch ValueError as e {
    print(e.message)
}
g.cancel()
await sleep(0)
print(q, q.size())
print(q.get_nowait())
let h = spawn getter()
await sleep(0)
q.put_nowait("c")
print(await h, q.size())
# expect: <Queue 1/1> 1
# expect: Queue#1 is full (maxsize 1)
# expect: <Queue 1/1> 1
# expect: a
# expect: c 0
