# Of two tasks woken at the same instant, the first may cancel the second, which then gets CancelledError at its sleep.
var b = nil
spawn {
    await sleep(1)
    print("a cancels b")
    b.cancel()
}
b = spawn {
    try {
        await sleep(1)
        print("b resumed normally")
    } catch CancelledError {
        print("b cancelled at its sleep")
    }
}
await sleep(2)
# expect: a cancels b
# expect: b cancelled at its sleep
