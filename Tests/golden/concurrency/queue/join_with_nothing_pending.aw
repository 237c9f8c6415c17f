# join() on a queue with no unfinished items returns at once.
let q = Queue()
spawn { print("other task") }
await q.join()
print("joined without waiting")
await sleep(0)
# expect: joined without waiting
# expect: other task
