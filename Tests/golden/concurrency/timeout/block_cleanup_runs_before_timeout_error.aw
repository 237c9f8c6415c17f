# The cancelled block's finally runs, and may await, before TimeoutError leaves the block.
try {
    with timeout(1) {
        try {
            await sleep(5)
        } finally {
            print("cleanup at", now())
            await sleep(0.25)
            print("cleanup done at", now())
        }
    }
} catch TimeoutError {
    print("TimeoutError at", now())
}
# expect: cleanup at 1.0
# expect: cleanup done at 1.25
# expect: TimeoutError at 1.25
