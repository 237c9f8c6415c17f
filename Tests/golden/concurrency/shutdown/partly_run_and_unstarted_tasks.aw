# At exit, a started task runs its finally and an unstarted one never runs, in spawn order.
async fn worker(name) {
    try {
        print(name, "started")
        await sleep(100)
    } finally {
        print(name, "finally")
    }
}
spawn worker("a")
await sleep(0)
spawn worker("b")
print("main done")
# expect: a started
# expect: main done
# expect: a finally
