# A task cancelled from outside inside a timeout block gets CancelledError, not TimeoutError.
let t = spawn {
    try {
        with timeout(5) {
            await sleep(10)
        }
    } catch TimeoutError {
        print("wrong: TimeoutError")
    } catch CancelledError {
        print("CancelledError at", now())  # expect: CancelledError at 1.0
    }
}
await sleep(1)
t.cancel()
await sleep(10)
