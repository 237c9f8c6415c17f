async fn work() {
    return 1
}
let c = work()
print(type(c))  # expect: coroutine
await c
