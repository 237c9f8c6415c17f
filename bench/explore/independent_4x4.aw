# Four tasks that share nothing and await four times each: 11,732,745,024 schedules.
var a = 0
var b = 0
var c = 0
var d = 0
async fn wa() { for i in range(4) { a = a + 1; await sleep(0) } }
async fn wb() { for i in range(4) { b = b + 1; await sleep(0) } }
async fn wc() { for i in range(4) { c = c + 1; await sleep(0) } }
async fn wd() { for i in range(4) { d = d + 1; await sleep(0) } }
await gather(wa(), wb(), wc(), wd())
print(a + b + c + d)
