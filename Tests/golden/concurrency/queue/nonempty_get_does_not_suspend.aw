# get() on a queue that holds an item returns at once, without suspending.
let q = Queue()
q.put_nowait(1)
spawn { print("other task") }
print(await q.get())
print("no suspension")
await sleep(0)
# expect: 1
# expect: no suspension
# expect: other task
