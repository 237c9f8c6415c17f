# A failing awaitable makes the loop throw when its turn comes, after earlier results.
async fn value(x, d) { await sleep(d); return x }
async fn bad(d) {
    await sleep(d)
    throw ValueError("failed at \(d)")
}
try {
    for await r in as_completed([value("a", 1), bad(2), value("c", 3)]) { print(r) }
} catch ValueError as e {
    print("caught", e.message)
}
# expect: a
# expect: caught failed at 2
