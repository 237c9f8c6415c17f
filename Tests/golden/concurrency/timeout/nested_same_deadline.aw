# Two nested scopes with the same deadline give one TimeoutError out of both.
try {
    with timeout(1) {
        with timeout(1) {
            await sleep(2)
        }
    }
} catch TimeoutError {
    print("TimeoutError at", now())  # expect: TimeoutError at 1.0
}
