# If the block swallows the deadline's CancelledError, it runs on and no TimeoutError follows (asyncio.timeout and Trio do the same).
with timeout(1) {
    try {
        await sleep(5)
    } catch CancelledError {
        print("swallowed at", now())  # expect: swallowed at 1.0
    }
    print("block went on")  # expect: block went on
}
print("no TimeoutError")  # expect: no TimeoutError
