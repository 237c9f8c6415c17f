# An error thrown inside an async generator comes out of the `for await` loop.
async fn failing() {
    yield 1
    await sleep(1)
    throw ValueError("generator failed")
}
try {
    for await x in failing() { print("got", x) }
} catch ValueError as e {
    print("caught", e.message, "at", now())
}
# expect: got 1
# expect: caught generator failed at 1.0
