# On timeout wait_for cancels the inner task and waits for it: its finally runs before TimeoutError arrives.
async fn job() {
    try {
        await sleep(5)
    } finally {
        print("inner cleanup starts at", now())
        await sleep(0.5)
        print("inner cleanup ends at", now())
    }
}
try {
    await wait_for(job(), 1)
} catch TimeoutError {
    print("caller sees TimeoutError at", now())
}
# expect: inner cleanup starts at 1.0
# expect: inner cleanup ends at 1.5
# expect: caller sees TimeoutError at 1.5
