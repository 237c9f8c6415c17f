# A getter cancelled after a put woke it, before it ran, does not lose the item: exactly one getter receives it.
let q = Queue()
let log = []
async fn getter(name) {
    try {
        log.append(name + " got " + await q.get())
    } catch CancelledError {
        log.append(name + " cancelled")
    }
}
let a = spawn getter("a")
let b = spawn getter("b")
await sleep(1)
q.put_nowait("item")
a.cancel()
await gather(a, b)
print(len(log.filter(fn (x) => x.ends_with("got item"))))  # expect: 1
print(q.size())  # expect: 0
