# Exercise 10: stop a loop from blocking the event loop
#
# Goal: crunch() adds up 20,000 numbers while a ticker task shows that the
# program is still responsive. All tasks share ONE event loop, and a task
# only lets the others run when it awaits. crunch's loop never awaits, so
# the ticker cannot run until crunch has finished, and the runtime warns on
# stderr: "warning: task 'crunch#3' ran ... steps without awaiting ...".
# Make crunch give the loop back now and then, so the ticks interleave with
# the progress lines and there is no warning.
#
# Try it:   asyncrepl run --virtual --slow-steps 10000 samples/exercises/10-unblock-the-loop/exercise.aw
# Check it: asyncrepl test samples/exercises/10-unblock-the-loop
# (--slow-steps 10000: on the virtual clock, warn after 10,000 loop
# iterations and calls without an await; the default is 1,000,000.)
#
# exercise: starter
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
            # TODO: give the loop back to the other tasks here: await sleep(0)
            # (sleep(0) takes no time: it moves this task to the back of the
            # ready queue, so the ticker gets a turn.)
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
