# A deadline armed before a sleep that ends at the same instant fires first: the block times out.
try {
    with timeout(1) {
        await sleep(1)
        print("sleep won")
    }
    print("block finished")
} catch TimeoutError {
    print("deadline won at", now())  # expect: deadline won at 1.0
}
