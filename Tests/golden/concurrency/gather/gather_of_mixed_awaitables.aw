# gather takes any mix of awaitables: a task, a coroutine, a sleep and another gather.
async fn value(x) { await sleep(1); return x }
let t = spawn value("task")
print(await gather(t, value("coro"), sleep(0.5), gather(value(1), value(2))))
# expect: ["task", "coro", nil, [1, 2]]
