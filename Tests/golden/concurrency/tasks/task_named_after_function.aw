# A task made by `spawn f(x)` is named after f; main is task 1, so the first spawn is #2.
async fn fetch(x) { await sleep(1) }
let t = spawn fetch(1)
print(t)  # expect: <task fetch#2 pending>
print(t.name)  # expect: fetch
print(t.id)  # expect: 2
await t
