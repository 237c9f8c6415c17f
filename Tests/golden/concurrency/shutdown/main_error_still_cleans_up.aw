# When main ends with an uncaught error, leftover tasks are still cancelled and their finally runs.
async fn worker() {
    try { await sleep(100) } finally { print("worker cleaned up") }
}
spawn worker()
await sleep(1)
throw ValueError("main failed")
# expect: worker cleaned up
# expect error: error: ValueError: main failed
