try {
    try {
        throw CancelledError("stop")
    } catch e {
        print("wrong")
    } finally {
        print("finally")
    }
} catch CancelledError {
    print("outer")
}
# expect: finally
# expect: outer
