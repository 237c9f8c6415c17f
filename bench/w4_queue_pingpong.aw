# W4 queue ping-pong: n round trips through two queues of size 1 (2n messages).
# The same workload as ../../shared/bench/peers/w4_queue_pingpong.py. N=100000 prints 100000.
async fn pong(q1, q2) {
    while true {
        let message = await q1.get()
        if message == nil { return }
        await q2.put(message)
    }
}

let n = int(env("N", "100000"))
let q1 = Queue(1)
let q2 = Queue(1)
let echo = spawn pong(q1, q2)
var count = 0
for i in range(n) {
    await q1.put(i)
    if await q2.get() == i { count += 1 }
}
await q1.put(nil)
await echo
print(count)
