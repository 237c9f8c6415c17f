# The lost update of samples/race_counter.aw, fixed: the read, the await and
# the write happen while the task holds a Lock, so no other task can read
# the counter in between. Every schedule now ends with 2:
#
#   asyncrepl explore samples/race_counter_fixed.aw --exhaustive
var counter = 0
let lock = Lock()

async fn increment(name) {
    with lock {
        let seen = counter
        await sleep(0)
        counter = seen + 1
    }
}

await gather(increment("a"), increment("b"))
print("counter:", counter)
if counter != 2 { throw Error("lost an update: counter is \(counter), expected 2") }
# expect: counter: 2
# Checked under every schedule, not just FIFO's:
# expect schedules: 4
# expect failures: 0 (exhaustive)
