# Two tasks each consuming their own async generator interleave by time.
async fn every(step, n) {
    for i in range(n) {
        await sleep(step)
        yield i
    }
}
async fn consume(name, step) {
    for await i in every(step, 2) { print(name, i, now()) }
}
await gather(consume("a", 1), consume("b", 1.5))
# expect: a 0 1.0
# expect: b 0 1.5
# expect: a 1 2.0
# expect: b 1 3.0
