# Semaphore(2) lets at most two workers in at once: five one-second jobs take three seconds.
let sem = Semaphore(2)
var inside = 0
var most = 0
async fn job(i) {
    with sem {
        inside += 1
        most = max(most, inside)
        await sleep(1)
        inside -= 1
    }
}
await gather(...list(range(5)).map(fn (i) => job(i)))
print(most, now())  # expect: 2 3.0
