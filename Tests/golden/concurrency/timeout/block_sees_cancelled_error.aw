# Inside the block the deadline arrives as CancelledError; rethrown, it becomes TimeoutError outside.
try {
    with timeout(1) {
        try {
            await sleep(5)
        } catch CancelledError as c {
            print("inside:", c.kind)
            throw c
        }
    }
} catch TimeoutError as e {
    print("outside:", e.kind)
}
# expect: inside: CancelledError
# expect: outside: TimeoutError
