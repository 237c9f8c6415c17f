# Cancelling one of two tasks that gather each other ends both, without a crash.
var a = nil
var b = nil
a = spawn { await sleep(0); await gather(b) }
b = spawn { await sleep(0); await gather(a) }
await sleep(1)
a.cancel()
await sleep(1)
print(a.done(), b.done())  # expect: true true
