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
#
# What each task did, and when: `asyncrepl run --virtual --trace samples/timeout_and_cancel.aw`.
# At 3.0 wait_for gives up on slow_task#2 and asks for its cancellation; the
# task wakes with CancelledError at its sleep and ends cancelled; only then
# does main wake with TimeoutError. At 5.0 main cancels slow_task#3 itself.
# args: --trace
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task slow_task#2 spawned by main#1 at timeout_and_cancel.aw:28:28
# expect stderr: [  0.000] task main#1 waits on task slow_task#2
# expect stderr: [  0.000] task slow_task#2 starts
# expect stderr: [  0.000] task slow_task#2 sleeps until 5.000
# expect stderr: [  3.000] task slow_task#2 cancel requested by wait_for, which gave up after 3.0 s
# expect stderr: [  3.000] task slow_task#2 wakes (timer)
# expect stderr: [  3.000] task slow_task#2 resumes
# expect stderr: [  3.000] task slow_task#2 cancelled (3.000 s)
# expect stderr: [  3.000] task main#1 wakes (by slow_task#2)
# expect stderr: [  3.000] task main#1 resumes
# expect stderr: [  3.000] task slow_task#3 spawned by main#1 at timeout_and_cancel.aw:40:16
# expect stderr: [  3.000] task main#1 sleeps until 5.000
# expect stderr: [  3.000] task slow_task#3 starts
# expect stderr: [  3.000] task slow_task#3 sleeps until 8.000
# expect stderr: [  5.000] task main#1 wakes (timer)
# expect stderr: [  5.000] task main#1 resumes
# expect stderr: [  5.000] task slow_task#3 cancel requested by main#1
# expect stderr: [  5.000] task slow_task#3 wakes (by main#1)
# expect stderr: [  5.000] task main#1 waits on task slow_task#3
# expect stderr: [  5.000] task slow_task#3 resumes
# expect stderr: [  5.000] task slow_task#3 cancelled (2.000 s)
# expect stderr: [  5.000] task main#1 wakes (by slow_task#3)
# expect stderr: [  5.000] task main#1 resumes
# expect stderr: [  5.000] task main#1 done (5.000 s)
