# wait_for returns the result when the awaitable finishes before the timeout.
async fn job() {
    await sleep(1)
    return "done"
}
print(await wait_for(job(), 2))  # expect: done
print(now())  # expect: 1.0
