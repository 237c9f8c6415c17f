# q.join() waits until task_done() has been called once for every item put.
let q = Queue()
async fn worker() {
    while true {
        let item = await q.get()
        await sleep(1)
        print("processed", item)
        q.task_done()
    }
}
for x in ["a", "b", "c"] { q.put_nowait(x) }
let w = spawn worker()
await q.join()
print("all done at", now())
w.cancel()
# expect: processed a
# expect: processed b
# expect: processed c
# expect: all done at 3.0
