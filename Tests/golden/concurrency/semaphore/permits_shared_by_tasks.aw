# Workers that find a free permit go straight in; the rest wait their turn.
let sem = Semaphore(2)
async fn worker(name) {
    with sem {
        print(name, "enters at", now())
        await sleep(1)
    }
}
await gather(worker("a"), worker("b"), worker("c"), worker("d"))
# expect: a enters at 0.0
# expect: b enters at 0.0
# expect: c enters at 1.0
# expect: d enters at 1.0
