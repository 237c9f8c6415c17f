# Exercise 10: stop a loop from blocking the event loop (solution)
#
# Goal: crunch() adds up 20,000 numbers while a ticker task shows that the
# program is still responsive. All tasks share ONE event loop, and a task
# only lets the others run when it awaits.
#
# `await sleep(0)` every 5,000 iterations moves crunch to the back of the
# ready queue, so the ticker runs once in between; crunch never goes
# 10,000 steps without awaiting, so the runtime has nothing to warn about.
# (After the last chunk the ticker runs twice more: once while crunch
# finishes, once more before main, woken by crunch's end, cancels it.)
#
# Run it:   asyncrepl run --virtual --slow-steps 10000 samples/exercises/10-unblock-the-loop/solution.aw
# args: --slow-steps 10000

async fn ticker() {
    var n = 1
    while true {
        print("tick \(n)")
        n += 1
        await sleep(0)                  # back of the ready queue: let others run
    }
}

async fn crunch(count) {
    var total = 0
    for i in range(1, count + 1) {
        total += i
        if i % 5_000 == 0 {
            print("crunched \(i)")
            await sleep(0)              # let the ticker (and anyone else) run
        }
    }
    return total
}

let t = spawn ticker()
let total = await spawn crunch(20_000)
t.cancel()
print("total \(total)")

# expect: tick 1
# expect: crunched 5000
# expect: tick 2
# expect: crunched 10000
# expect: tick 3
# expect: crunched 15000
# expect: tick 4
# expect: crunched 20000
# expect: tick 5
# expect: tick 6
# expect: total 200010000
# expect no stderr
