# The body runs to its end at once, then the block waits for the children.
async fn child() {
    await sleep(1)
    print("child done")
}
with group() as g {
    g.spawn(child())
    print("body done")
}
print("after the group")
# expect: body done
# expect: child done
# expect: after the group
