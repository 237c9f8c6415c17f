# A child can spawn more children into the same group, and the block waits for them too.
async fn grandchild() {
    await sleep(1)
    print("grandchild done at", now())
}
async fn child(g) {
    await sleep(1)
    g.spawn(grandchild())
    print("child done at", now())
}
with group() as g {
    g.spawn(child(g))
}
print("group exited at", now())
# expect: child done at 1.0
# expect: grandchild done at 2.0
# expect: group exited at 2.0
