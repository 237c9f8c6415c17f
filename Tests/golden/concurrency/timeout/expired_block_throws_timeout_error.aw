# At the deadline the block is cancelled and TimeoutError is thrown after it.
try {
    with timeout(1) {
        await sleep(5)
        print("not reached")
    }
    print("not reached either")
} catch TimeoutError as e {
    print("TimeoutError at", now())  # expect: TimeoutError at 1.0
}
