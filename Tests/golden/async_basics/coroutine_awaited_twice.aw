async fn once() => 1
let c = once()
print(await c)  # expect: 1
await c
# expect error: error: Error: coroutine 'once' was already awaited
