# Cancelling a task suspended inside an async generator runs the generator's finally, then the consumer's.
async fn gen() {
    try {
        yield 1
        await sleep(10)
        yield 2
    } finally {
        print("generator finally")
    }
}
async fn consumer() {
    try {
        for await x in gen() { print("got", x) }
    } finally {
        print("consumer finally")
    }
}
let t = spawn consumer()
await sleep(1)
t.cancel()
await sleep(0)
print(t.cancelled())
# expect: got 1
# expect: generator finally
# expect: consumer finally
# expect: true
