# as_completed yields results in the order the awaitables finish, not argument order.
async fn value(x, d) {
    await sleep(d)
    return x
}
for await r in as_completed([value("slow", 3), value("fast", 1), value("medium", 2)]) {
    print(r, now())
}
# expect: fast 1.0
# expect: medium 2.0
# expect: slow 3.0
