# Two workers interleave by due time; at a tie (3.0) the timer armed earlier (slow's, at 1.5) fires first.
async fn worker(name, step, n) {
    for i in range(n) {
        await sleep(step)
        print(name, i, now())
    }
}
await gather(worker("fast", 1, 3), worker("slow", 1.5, 2))
# expect: fast 0 1.0
# expect: slow 0 1.5
# expect: fast 1 2.0
# expect: slow 1 3.0
# expect: fast 2 3.0
