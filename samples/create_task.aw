# Mirrors the seed's section "任务创建与管理" (creating and managing tasks):
# `asyncio.create_task(coro)` is `spawn coro`.
#
# Run it:   asyncrepl run --virtual samples/create_task.aw
# Check it: asyncrepl test samples/create_task.aw
#
# `spawn` puts the new task at the back of the ready queue and returns it at
# once; the three tasks start when manage_tasks first suspends (inside
# `gather`), in the order they were spawned. B finishes at 1 s, A at 2 s and
# C at 3 s; `gather` of tasks returns their results in argument order. The
# script ends at virtual time 3.0.

# 模拟长时间运行的任务 (simulate a long-running task)
async fn long_running_task(name, duration) {
    print("Task \(name) started")
    await sleep(duration)
    print("Task \(name) completed")
    return "Result from \(name)"
}

# 管理多个并发任务 (manage several concurrent tasks)
async fn manage_tasks() {
    # 创建任务 (create the tasks)
    let task1 = spawn long_running_task("A", 2)
    let task2 = spawn long_running_task("B", 1)
    let task3 = spawn long_running_task("C", 3)

    # 等待所有任务完成 (wait for every task)
    let results = await gather(task1, task2, task3)
    print("All results:", results)
}

# 运行示例 (run the example)
await manage_tasks()
# expect: Task A started
# expect: Task B started
# expect: Task C started
# expect: Task B completed
# expect: Task A completed
# expect: Task C completed
# expect: All results: ["Result from A", "Result from B", "Result from C"]
# expect time: 3.0
