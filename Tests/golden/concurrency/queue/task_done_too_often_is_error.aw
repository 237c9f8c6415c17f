# Calling task_done() more often than items were put is an error.
let q = Queue()
q.put_nowait(1)
await q.get()
q.task_done()
try {
    q.task_done()
    print("no error")
} catch e {
    print("too many task_done calls")  # expect: too many task_done calls
}
