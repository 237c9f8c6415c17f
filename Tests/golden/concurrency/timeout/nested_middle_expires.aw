# With three nested scopes, the middle deadline is reported by the middle scope alone.
with timeout(10) {
    try {
        with timeout(2) {
            with timeout(5) {
                await sleep(4)
            }
            print("not reached")
        }
    } catch TimeoutError {
        print("middle timeout at", now())  # expect: middle timeout at 2.0
    }
}
print("outer finished in time at", now())  # expect: outer finished in time at 2.0
