# A putter cancelled while waiting on a full queue adds nothing; the next putter's item follows the first.
let q = Queue(1)
q.put_nowait("first")
var log = []
async fn putter(x) {
    try {
        await q.put(x)
    } finally {
        log.append(x)
    }
}
let a = spawn putter("lost")
let b = spawn putter("second")
await sleep(1)
a.cancel()
await sleep(0)
print(log)  # expect: ["lost"]
print(await q.get())  # expect: first
print(await q.get())  # expect: second
await b
print(q.size(), log)  # expect: 0 ["lost", "second"]
print(a.cancelled(), b.cancelled())  # expect: true false
