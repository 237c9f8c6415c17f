# The inner coroutine of a timed-out wait_for sees a CancelledError, not a TimeoutError.
async fn job() {
    try {
        await sleep(5)
    } catch CancelledError as c {
        print("inner got", c.kind)
        throw c
    }
}
try {
    await wait_for(job(), 1)
} catch TimeoutError {
    print("outer got TimeoutError")
}
# expect: inner got CancelledError
# expect: outer got TimeoutError
