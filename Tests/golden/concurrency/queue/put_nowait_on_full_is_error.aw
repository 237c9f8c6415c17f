# put_nowait on a full bounded queue throws instead of waiting, and the queue is unchanged.
let q = Queue(1)
q.put_nowait("kept")
try {
    q.put_nowait("rejected")
    print("no error")
} catch e {
    print("full queue error")  # expect: full queue error
}
print(q.size(), q.get_nowait())  # expect: 1 kept
