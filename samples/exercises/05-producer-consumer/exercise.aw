# Exercise 05: producer / consumer with a bounded queue
#
# Goal: a fast oven bakes 6 pizzas (0.1 s each); one slow driver delivers
# them (0.3 s each). They talk through a Queue. Two things are wrong:
#  1. The queue has no limit, so the oven races ahead and piles up cold
#     pizzas. At most 2 may wait on the counter; then the oven must wait
#     for the driver (that is "backpressure").
#  2. The driver's `for await` loop never learns that baking is over, so
#     it waits forever and the run ends in a DeadlockError.
#
# Try it:   asyncrepl run --virtual samples/exercises/05-producer-consumer/exercise.aw
# Check it: asyncrepl test samples/exercises/05-producer-consumer
#
# exercise: starter

# TODO 1: bound the queue: Queue(2) makes `await q.put(x)` wait while 2 items are queued.
let q = Queue()

async fn oven() {
    for n in range(1, 7) {
        await sleep(0.1)                  # bake
        await q.put("pizza \(n)")
        print("[\(now())] baked pizza \(n), \(q.size()) on the counter")
    }
    # TODO 2: tell the driver there is nothing more to come: q.close()
}

async fn driver() {
    for await pizza in q {                # ends when q is closed and empty
        await sleep(0.3)                  # deliver
        print("[\(now())] delivered \(pizza)")
    }
}

await gather(oven(), driver())
print("all delivered at \(now())")

# expect: [0.1] baked pizza 1, 1 on the counter
# expect: [0.2] baked pizza 2, 1 on the counter
# expect: [0.3] baked pizza 3, 2 on the counter
# expect: [0.4] delivered pizza 1
# expect: [0.4] baked pizza 4, 2 on the counter
# expect: [0.7] delivered pizza 2
# expect: [0.7] baked pizza 5, 2 on the counter
# expect: [1.0] delivered pizza 3
# expect: [1.0] baked pizza 6, 2 on the counter
# expect: [1.3] delivered pizza 4
# expect: [1.6] delivered pizza 5
# expect: [1.9] delivered pizza 6
# expect: all delivered at 1.9
# expect time: 1.9
