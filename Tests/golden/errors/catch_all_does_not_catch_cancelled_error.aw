try {
    try {
        throw CancelledError("stop")
    } catch e {
        print("catch e must not see a cancellation")
    }
} catch CancelledError as c {
    print("caught by name:", c.kind)
}
# expect: caught by name: CancelledError
