# An error of the shielded awaitable reaches the waiter.
async fn bad() { throw ValueError("inner") }
try {
    await shield(bad())
} catch ValueError as e {
    print("caught", e.message)  # expect: caught inner
}
