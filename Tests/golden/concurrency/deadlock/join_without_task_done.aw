# join() on a queue whose items are never marked task_done is a deadlock.
let q = Queue()
q.put_nowait(1)
print(await q.get())  # expect: 1
await q.join()
# expect error: error: DeadlockError: all tasks are blocked
