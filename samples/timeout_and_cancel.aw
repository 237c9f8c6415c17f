# Mirrors the seed's section "任务取消与超时处理" (task cancellation and
# timeouts): task_with_timeout, then cancel_task_example, one after the other
# (the seed leaves both `asyncio.run` calls commented out; here both run).
#
# Run it:   asyncrepl run --virtual samples/timeout_and_cancel.aw
# Check it: asyncrepl test samples/timeout_and_cancel.aw
#
# Timeline on the virtual clock: wait_for gives up on the 5-second task at
# 3.0 and cancels it (waiting until it has finished), so "Task timed out!"
# prints at 3.0. The second example spawns slow_task at 3.0, cancels it at
# 5.0, and awaiting the cancelled task rethrows CancelledError. The script
# ends at virtual time 5.0.
#
# `except asyncio.TimeoutError` is `catch TimeoutError`; `except Exception`
# is `catch e`, which (like Python's `except Exception`) never catches a
# cancellation; CancelledError must be caught by name.

# 模拟耗时任务 (simulate a slow task)
async fn slow_task() {
    await sleep(5)
    return "Task completed"
}

# 带超时的任务 (a task with a timeout)
async fn task_with_timeout() {
    try {
        # 设置3秒超时 (3-second timeout; wait_for's second argument)
        let result = await wait_for(slow_task(), 3.0)
        print("Task result:", result)
    } catch TimeoutError {
        print("Task timed out!")
    } catch e {
        print("Task failed with error: \(e)")
    }
}

# 任务取消示例 (cancelling a task)
async fn cancel_task_example() {
    # 创建任务 (create the task)
    let task = spawn slow_task()

    # 等待2秒后取消任务 (cancel it after 2 seconds)
    await sleep(2)
    task.cancel()

    try {
        await task
    } catch CancelledError {
        print("Task was cancelled")
    }
}

# 运行示例 (run the examples)
await task_with_timeout()
# expect: Task timed out!
await cancel_task_example()
# expect: Task was cancelled
# expect time: 5.0
