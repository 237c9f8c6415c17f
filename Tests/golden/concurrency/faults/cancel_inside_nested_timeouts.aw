# A task cancelled inside nested timeout blocks gets CancelledError; neither deadline fires later.
let t = spawn {
    try {
        with timeout(5) {
            try {
                with timeout(3) {
                    try { await sleep(10) } finally { print("innermost finally") }
                }
            } finally {
                print("between scopes finally")
            }
        }
    } catch TimeoutError {
        print("wrong: TimeoutError")
    } catch CancelledError {
        print("CancelledError at", now())
    }
}
await sleep(1)
t.cancel()
await t
await sleep(10)
print("quiet until", now())
# expect: innermost finally
# expect: between scopes finally
# expect: CancelledError at 1.0
# expect: quiet until 11.0
