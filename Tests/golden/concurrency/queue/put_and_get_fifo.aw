# A queue hands items out in the order they were put.
let q = Queue()
await q.put("a")
await q.put("b")
await q.put("c")
print(await q.get(), await q.get(), await q.get())  # expect: a b c
