# When the outer deadline expires, the inner scope lets the cancellation through; only the outer reports.
try {
    with timeout(1) {
        try {
            with timeout(5) {
                await sleep(3)
            }
        } catch TimeoutError {
            print("wrong: the inner scope claimed the outer deadline")
        } catch CancelledError as c {
            print("inner scope passed on the cancellation")
            throw c
        }
        print("not reached")
    }
} catch TimeoutError {
    print("outer timeout at", now())
}
# expect: inner scope passed on the cancellation
# expect: outer timeout at 1.0
