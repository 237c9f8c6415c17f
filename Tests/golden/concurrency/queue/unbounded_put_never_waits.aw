# Queue() has no bound: a thousand puts never wait.
let q = Queue()
spawn { print("other task ran at", q.size()) }
for i in range(1000) { await q.put(i) }
await sleep(0)
# expect: other task ran at 1000
