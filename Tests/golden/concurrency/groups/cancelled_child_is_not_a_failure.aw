# A child cancelled on purpose is not a failure: the group ends normally and the other children finish.
async fn child(name, d) {
    await sleep(d)
    print(name, "done")
}
with group() as g {
    let doomed = g.spawn(child("doomed", 5))
    g.spawn(child("kept", 2))
    await sleep(1)
    doomed.cancel()
}
print("group ended normally at", now())
# expect: kept done
# expect: group ended normally at 2.0
