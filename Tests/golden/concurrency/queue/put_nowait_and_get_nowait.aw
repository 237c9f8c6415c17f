# put_nowait and get_nowait work without awaiting.
let q = Queue()
q.put_nowait("x")
q.put_nowait("y")
print(q.size())  # expect: 2
print(q.get_nowait())  # expect: x
print(q.get_nowait())  # expect: y
print(q.size())  # expect: 0
