# mode: real
# On the real clock, tasks sleeping different short times finish shortest first.
async fn nap(name, d) {
    await sleep(d)
    print(name)
}
await gather(nap("slowest", 0.15), nap("fastest", 0.01), nap("middle", 0.08))
# expect: fastest
# expect: middle
# expect: slowest
