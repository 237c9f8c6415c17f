# Without a lock, an await between read and write loses updates, deterministically.
var counter = 0
async fn increment() {
    let seen = counter
    await sleep(0)
    counter = seen + 1
}
await gather(...list(range(10)).map(fn (i) => increment()))
print(counter)  # expect: 1
