# `catch { }` matches what `catch e` matches: every kind except CancelledError.
try {
    try {
        throw CancelledError("stop")
    } catch {
        print("wrong")
    }
} catch CancelledError {
    print("cancellation passed through")
}
# expect: cancellation passed through
