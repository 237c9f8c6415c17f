# An async generator that one task is running (it waits at an await inside
# it) cannot be resumed by another task: ValueError, as asyncio's RuntimeError.
async fn ag() {
    await sleep(1)
    yield 1
}
let a = ag()
async fn consume() {
    for await x in a { print("consumer got", x) }
}
let c = spawn consume()
await sleep(0)
try {
    for await x in a { print("main got", x) }
} catch ValueError as e {
    print(e.message)
}
await c
# expect: generator 'ag' is already running
# expect: consumer got 1
