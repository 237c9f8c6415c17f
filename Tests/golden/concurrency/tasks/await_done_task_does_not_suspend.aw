# Awaiting a task that is already done returns at once, without letting ready tasks run.
async fn seven() => 7
let t = spawn seven()
await sleep(0)
spawn { print("other task") }
print(await t)
print("still before the other task")
await sleep(0)
# expect: 7
# expect: still before the other task
# expect: other task
