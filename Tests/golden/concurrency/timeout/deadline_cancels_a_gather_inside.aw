# A deadline reached while the block awaits gather cancels every gathered child before TimeoutError.
async fn child(name) {
    try { await sleep(5) } finally { print(name, "cancelled at", now()) }
}
try {
    with timeout(1) { await gather(child("a"), child("b")) }
} catch TimeoutError {
    print("TimeoutError at", now())
}
# expect: a cancelled at 1.0
# expect: b cancelled at 1.0
# expect: TimeoutError at 1.0
