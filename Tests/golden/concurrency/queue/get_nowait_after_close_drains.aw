# close() stops new puts but items already queued can still be taken.
let q = Queue()
q.put_nowait("a")
q.close()
print(q.get_nowait())  # expect: a
print(q.size())  # expect: 0
