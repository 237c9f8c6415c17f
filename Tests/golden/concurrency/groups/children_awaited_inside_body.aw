# The body may await a child directly and use its result while the others keep running.
async fn value(x, d) { await sleep(d); return x }
with group() as g {
    let fast = g.spawn(value("fast", 1))
    let slow = g.spawn(value("slow", 3))
    print(await fast, now())  # expect: fast 1.0
}
print("exited at", now())  # expect: exited at 3.0
