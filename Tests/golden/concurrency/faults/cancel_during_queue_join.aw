# A task cancelled in q.join() is gone; a later join still returns once all items are done.
let q = Queue()
q.put_nowait(1)
let t = spawn {
    try { await q.join() } finally { print("joiner finally") }
}
await sleep(1)
t.cancel()
await sleep(0)
await q.get()
q.task_done()
await q.join()
print("joined")
# expect: joiner finally
# expect: joined
