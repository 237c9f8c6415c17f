# A lost update: two tasks each read a shared counter, let others run
# (`await sleep(0)`, standing in for any await: a query, a request), and write
# back what they read plus one. Whenever both read before either writes, one
# increment is lost. Explore every schedule:
#
#   asyncrepl explore samples/race_counter.aw --exhaustive
#
# and compare with samples/race_counter_fixed.aw, which holds a Lock.
var counter = 0

async fn increment(name) {
    let seen = counter
    await sleep(0)
    counter = seen + 1
}

await gather(increment("a"), increment("b"))
print("counter:", counter)
if counter != 2 { throw Error("lost an update: counter is \(counter), expected 2") }

# In FIFO order both tasks read 0 before either writes: the update is lost.
# expect: counter: 1
# expect error: error: Error: lost an update: counter is 1, expected 2
# Of its 6 schedules, 4 lose an update:
# expect schedules: 6
# expect failures: 4 (exhaustive)
