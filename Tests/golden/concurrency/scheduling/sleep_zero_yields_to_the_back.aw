# `await sleep(0)` puts the current task at the back of the ready queue, so tasks take turns.
async fn worker(name) {
    for i in range(3) {
        print(name, i)
        await sleep(0)
    }
}
let a = spawn worker("a")
let b = spawn worker("b")
await gather(a, b)
# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
# expect: a 2
# expect: b 2
