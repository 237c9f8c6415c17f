# When nested deadlines expire together, the cancellation passes the inner scope and the outermost reports it (as in asyncio and Trio).
try {
    with timeout(1) {
        try {
            with timeout(1) { await sleep(5) }
        } catch TimeoutError {
            print("inner reported")
        }
        print("outer block continued")
    }
} catch TimeoutError {
    print("outer reported at", now())  # expect: outer reported at 1.0
}
