# Returning from inside a group's body still waits for the children before the function returns.
async fn child() {
    await sleep(2)
    print("child done at", now())
}
async fn run() {
    with group() as g {
        g.spawn(child())
        return "returned"
    }
}
print(await run(), now())
# expect: child done at 2.0
# expect: returned 2.0
