# `for await x in q` yields every item left after close() and then ends.
let q = Queue()
for i in range(3) { q.put_nowait(i) }
q.close()
for await x in q { print("item", x) }
print("loop ended")
# expect: item 0
# expect: item 1
# expect: item 2
# expect: loop ended
