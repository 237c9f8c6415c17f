# g.spawn(aw) returns the child task, which can be inspected and awaited.
async fn fetch(x) {
    await sleep(1)
    return x * 2
}
with group() as g {
    let t = g.spawn(fetch(21))
    print(t)  # expect: <task fetch#2 pending>
    print(await t)  # expect: 42
}
