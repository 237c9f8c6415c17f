# A coroutine wrapped in a task returns its value through `await task`.
async fn add(a, b) {
    await sleep(0.5)
    return a + b
}
let t = spawn add(2, 3)
print(await t)  # expect: 5
