# When the body fails, the children are cancelled and the body's error comes out in an ErrorGroup.
async fn child() {
    try { await sleep(10) } finally { print("child cancelled at", now()) }
}
try {
    with group() as g {
        g.spawn(child())
        await sleep(1)
        throw ValueError("body failed")
    }
} catch ErrorGroup as eg {
    print(len(eg.errors), eg.errors[0].kind, eg.errors[0].message)
}
# expect: child cancelled at 1.0
# expect: 1 ValueError body failed
