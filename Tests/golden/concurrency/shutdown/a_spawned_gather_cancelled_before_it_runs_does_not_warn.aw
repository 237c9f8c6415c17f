# Coroutines handed to a spawned gather or wait_for that is cancelled before
# it runs were handed over: no "never awaited" warning for them.
# expect no stderr
async fn f() { await sleep(1) }
let t = spawn gather(f(), f())
t.cancel()
let w = spawn wait_for(f(), 1)
w.cancel()
await sleep(0)
print(t.cancelled(), w.cancelled())
# expect: true true
