# A consumer cancelled inside `for await x in q` leaves no getter behind: the next consumer gets the item.
let q = Queue()
let a = spawn {
    try {
        for await x in q { print("a got", x) }
    } finally {
        print("a finally")
    }
}
await sleep(1)
a.cancel()
await sleep(0)
q.put_nowait("item")
print(await q.get())
# expect: a finally
# expect: item
