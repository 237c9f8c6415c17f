# get() on an empty queue waits until an item is put.
let q = Queue()
spawn {
    await sleep(2)
    await q.put("late item")
}
print(await q.get(), now())  # expect: late item 2.0
