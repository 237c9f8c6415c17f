# Queue's bound may be given by its documented name, maxsize.
let q = Queue(maxsize: 1)
q.put_nowait(1)
try { q.put_nowait(2) } catch e { print("full") }  # expect: full
