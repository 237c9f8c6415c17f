# Three workers, three lost-update rounds each: every step reads and writes
# one counter, so no two steps are independent and nothing can be pruned:
# 34,650 schedules in 16,530 classes, one run each.
var counter = 0
async fn worker() {
    for _ in range(3) {
        let seen = counter
        await sleep(0)
        counter = seen + 1
    }
}
await gather(worker(), worker(), worker())
print(counter)
