try {
    throw CancelledError("stop")
} catch CancelledError {
    print("caught")
}
# expect: caught
