# Exercise 05: producer / consumer with a bounded queue (solution)
#
# Goal: a fast oven bakes 6 pizzas (0.1 s each); one slow driver delivers
# them (0.3 s each). They talk through a Queue holding at most 2 pizzas.
#
# Queue(2) gives backpressure: when 2 pizzas wait on the counter,
# `await q.put(...)` blocks the oven until the driver takes one, so from
# pizza 4 on the oven works at the driver's pace. q.close() after the last
# put ends the driver's `for await` loop once the queue is drained, so
# gather returns instead of every task waiting forever.
# (The pizza handed to a driver who has been woken but has not run yet
# still counts as on the counter: hence "1 on the counter" at 0.1.)
#
# Run it:   asyncrepl run --virtual samples/exercises/05-producer-consumer/solution.aw

let q = Queue(2)

async fn oven() {
    for n in range(1, 7) {
        await sleep(0.1)                  # bake
        await q.put("pizza \(n)")
        print("[\(now())] baked pizza \(n), \(q.size()) on the counter")
    }
    q.close()
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
