# gather accepts tasks that are already running.
async fn value(x) { await sleep(1); return x * 10 }
let a = spawn value(1)
let b = spawn value(2)
print(await gather(b, a))  # expect: [20, 10]
