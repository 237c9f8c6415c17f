# A race random orders rarely find but PCT finds at once. A hand-made buffer
# between a producer and a consumer holds at most 20 items, and the producer
# never waits for room: it trusts the consumer to keep up, which it does in
# FIFO order (they take turns) and in almost every random order. It
# overflows only when the producer gets about 20 turns more than the
# consumer: a random order does that in about one run in 20, while PCT,
# which lets the task of highest priority run on, does it in every run.
#
#   asyncrepl explore samples/race_rare.aw --runs 100              (~5 failures)
#   asyncrepl explore samples/race_rare.aw --pct --depth 1 --runs 100 (100)
#
# The fix is a Queue(20): its put waits while the queue is full.
var buffer = []
let capacity = 20

async fn producer() {
    for i in range(60) {
        buffer.append(i)
        if len(buffer) > capacity { throw Error("buffer overflow: \(len(buffer)) items in a buffer of \(capacity)") }
        await sleep(0)
    }
}

async fn consumer() {
    for i in range(60) {
        while len(buffer) == 0 { await sleep(0) }  # wait for an item
        buffer.pop(0)
        await sleep(0)
    }
}

await gather(producer(), consumer())
print("all 60 items passed through")
# expect: all 60 items passed through
