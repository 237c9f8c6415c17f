# A `catch e` inside the block does not swallow the deadline's cancellation.
try {
    with timeout(1) {
        try {
            await sleep(5)
        } catch e {
            print("catch e must not see it")
        }
        print("not reached")
    }
} catch TimeoutError {
    print("TimeoutError")  # expect: TimeoutError
}
