try {
    throw CancelledError("stop")
} catch e {
    print("wrong")
}
# expect error: error: CancelledError: stop
