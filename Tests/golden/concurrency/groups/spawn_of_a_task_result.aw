# Children of a group can be any awaitables: a sleep, a gather or a coroutine.
async fn value(x) { await sleep(1); return x }
with group() as g {
    let s = g.spawn(sleep(2))
    let gt = g.spawn(gather(value(1), value(2)))
    let c = g.spawn(value("c"))
    print(await gt, await c)  # expect: [1, 2] c
}
print(now())  # expect: 2.0
