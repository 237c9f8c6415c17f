# When the time is up, wait_for throws TimeoutError at the deadline.
async fn job() {
    await sleep(5)
    print("job finished")
}
try {
    await wait_for(job(), 1)
} catch TimeoutError as e {
    print("timed out at", now(), e.kind)  # expect: timed out at 1.0 TimeoutError
}
await sleep(10)
