# Three tasks that share nothing and await three times each: 34,650 schedules.
var a = 0
var b = 0
var c = 0
async fn wa() { for i in range(3) { a = a + 1; await sleep(0) } }
async fn wb() { for i in range(3) { b = b + 1; await sleep(0) } }
async fn wc() { for i in range(3) { c = c + 1; await sleep(0) } }
await gather(wa(), wb(), wc())
print(a + b + c)
