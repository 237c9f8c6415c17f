# wait_for arms its deadline before the inner task first runs, so a tie at the deadline is a timeout.
async fn job() {
    await sleep(1)
    return "in time"
}
try {
    print(await wait_for(job(), 1))
} catch TimeoutError {
    print("TimeoutError at", now())  # expect: TimeoutError at 1.0
}
