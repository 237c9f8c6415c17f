# A get() abandoned by wait_for leaves no getter behind: the next item stays in the queue for the next get.
let q = Queue()
try {
    await wait_for(q.get(), 1)
} catch TimeoutError {
    print("get timed out")  # expect: get timed out
}
q.put_nowait("x")
print(q.size(), await q.get())  # expect: 1 x
