# The error rethrown is the first to happen in time, not the first in argument order.
async fn fail(kind, d) {
    await sleep(d)
    throw Error("failed after \(d)", kind: kind)
}
try {
    await gather(fail("Late", 2), fail("Early", 1))
} catch e {
    print(e.kind, e.message)  # expect: Early failed after 1
}
print(now())  # expect: 1.0
