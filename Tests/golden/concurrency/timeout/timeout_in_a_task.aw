# A timeout scope inside a spawned task cancels only that task's block.
async fn worker() {
    try {
        with timeout(1) { await sleep(3) }
    } catch TimeoutError {
        print("worker timed out at", now())
    }
    return "worker carried on"
}
let t = spawn worker()
await sleep(2)
print("main unaffected at", now())
print(await t)
# expect: worker timed out at 1.0
# expect: main unaffected at 2.0
# expect: worker carried on
