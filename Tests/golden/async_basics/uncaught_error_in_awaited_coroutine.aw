async fn failing() {
    throw KeyError("lost")
}
await failing()
# expect error: error: KeyError: lost
