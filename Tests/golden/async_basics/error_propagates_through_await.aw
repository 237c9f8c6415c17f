async fn failing() {
    throw ValueError("async boom")
}
try {
    await failing()
} catch ValueError as e {
    print("caught", e.message)
}
# expect: caught async boom
