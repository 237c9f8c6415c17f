# When nested deadlines expire at the same instant, the innermost expired scope reports the TimeoutError;
# the outer scope's cancellation is not delivered a second time, so its block continues.
try {
    with timeout(1) {
        try {
            with timeout(1) { await sleep(5) }
        } catch TimeoutError {
            print("inner reported at", now())  # expect: inner reported at 1.0
        }
        print("outer block continued")  # expect: outer block continued
    }
} catch TimeoutError {
    print("outer reported")
}
