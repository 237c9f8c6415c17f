# After the block every child is done, so result() gives each value.
async fn square(x) {
    await sleep(x)
    return x * x
}
let ts = []
with group() as g {
    for i in range(1, 4) { ts.append(g.spawn(square(i))) }
}
print(ts.map(fn (t) => t.result()))  # expect: [1, 4, 9]
