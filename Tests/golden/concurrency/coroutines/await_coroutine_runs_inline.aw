# `await coro` runs the coroutine in the current task without letting ready tasks run first.
async fn inner() {
    print("inner runs")
    return 2
}
spawn { print("other task") }
let x = await inner()
print("after inner:", x)
await sleep(0)
# expect: inner runs
# expect: after inner: 2
# expect: other task
