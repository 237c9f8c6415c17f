# At exit a leftover task's `catch e` does not swallow the cancellation; only its finally runs.
async fn worker() {
    try {
        await sleep(100)
    } catch e {
        print("catch e must not run")
    } finally {
        print("finally runs")
    }
    print("not reached")
}
spawn worker()
await sleep(0)
print("main done")
# expect: main done
# expect: finally runs
