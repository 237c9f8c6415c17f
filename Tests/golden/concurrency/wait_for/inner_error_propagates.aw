# An error thrown by the inner awaitable before the deadline comes out of wait_for as it is.
async fn bad() {
    await sleep(0.5)
    throw ValueError("inner failure")
}
try {
    await wait_for(bad(), 2)
} catch ValueError as e {
    print(e.message, now())  # expect: inner failure 0.5
}
