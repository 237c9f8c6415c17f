# A task made with plain spawn is independent: it keeps running after the task that spawned it has finished.
async fn child() {
    await sleep(2)
    print("child done at", now())
}
async fn parent() {
    spawn child()
    print("parent done")
}
await spawn parent()
await sleep(3)
# expect: parent done
# expect: child done at 2.0
