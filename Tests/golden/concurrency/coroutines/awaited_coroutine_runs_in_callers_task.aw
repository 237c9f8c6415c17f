# An awaited coroutine runs inside the task that awaits it, not in a new task.
async fn who() => current_task().name
print(await who())  # expect: main
async fn worker() => await who()
let t = spawn worker()
print(await t)  # expect: worker
