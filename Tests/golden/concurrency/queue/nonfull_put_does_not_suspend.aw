# put() on a queue with room returns at once, without suspending.
let q = Queue(2)
spawn { print("other task") }
await q.put(1)
await q.put(2)
print("two puts, no suspension")
await sleep(0)
# expect: two puts, no suspension
# expect: other task
