# Two tasks waiting for each other with wait_for both end when their deadlines pass, without a crash.
var a = nil
var b = nil
a = spawn { await sleep(0); await wait_for(b, 5) }
b = spawn { await sleep(0); await wait_for(a, 5) }
await sleep(10)
print(a.done(), b.done())  # expect: true true
