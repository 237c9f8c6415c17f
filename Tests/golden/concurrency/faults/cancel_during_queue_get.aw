# A getter cancelled while waiting does not swallow an item: the next getter receives it.
let q = Queue()
async fn getter(name) {
    try {
        print(name, "got", await q.get())
    } finally {
        print(name, "finally")
    }
}
let a = spawn getter("a")
let b = spawn getter("b")
await sleep(1)
a.cancel()
await sleep(0)
await q.put("item")
await b
print(q.size())
# expect: a finally
# expect: b got item
# expect: b finally
# expect: 0
