# as_completed accepts running tasks.
async fn value(x, d) { await sleep(d); return x }
let a = spawn value("a", 2)
let b = spawn value("b", 1)
for await r in as_completed([a, b]) { print(r) }
# expect: b
# expect: a
