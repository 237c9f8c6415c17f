# An async generator may await between its yields; the consumer waits with it.
async fn ticks(n) {
    for i in range(n) {
        await sleep(1)
        yield i
    }
}
for await t in ticks(3) { print("tick", t, "at", now()) }
# expect: tick 0 at 1.0
# expect: tick 1 at 2.0
# expect: tick 2 at 3.0
