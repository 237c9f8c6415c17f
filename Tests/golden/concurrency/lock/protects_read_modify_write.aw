# With a lock around an await between read and write, no update is lost.
let lock = Lock()
var counter = 0
async fn increment() {
    with lock {
        let seen = counter
        await sleep(0)
        counter = seen + 1
    }
}
await gather(...list(range(10)).map(fn (i) => increment()))
print(counter)  # expect: 10
