# q.size() is the number of items waiting in the queue.
let q = Queue()
print(q.size())  # expect: 0
for i in range(4) { await q.put(i) }
print(q.size())  # expect: 4
await q.get()
print(q.size())  # expect: 3
print(type(q))  # expect: Queue
