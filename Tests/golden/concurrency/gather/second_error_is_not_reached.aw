# The other awaitables are cancelled at the first error, so a later failure never happens.
async fn fail(name, d) {
    await sleep(d)
    print(name, "fails")
    throw ValueError(name)
}
try {
    await gather(fail("a", 1), fail("b", 2))
} catch ValueError as e {
    print("caught", e.message)
}
await sleep(5)
# expect: a fails
# expect: caught a
