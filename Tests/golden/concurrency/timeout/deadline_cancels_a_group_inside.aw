# A deadline reached while a group waits for its children cancels them all; the block throws TimeoutError, not ErrorGroup.
async fn child(name) {
    try { await sleep(5) } finally { print(name, "cancelled at", now()) }
}
try {
    with timeout(1) {
        with group() as g {
            g.spawn(child("a"))
            g.spawn(child("b"))
        }
    }
} catch TimeoutError {
    print("TimeoutError at", now())
} catch ErrorGroup {
    print("wrong: ErrorGroup")
}
# expect: a cancelled at 1.0
# expect: b cancelled at 1.0
# expect: TimeoutError at 1.0
