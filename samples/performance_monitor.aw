# Mirrors the seed's section "事件循环性能监控" (monitoring the event loop):
# a PerformanceMonitor prints its statistics before and after gathering 100
# tasks that each sleep 0.1 s.
#
# Run it:   asyncrepl run --virtual samples/performance_monitor.aw
# Check it: asyncrepl test samples/performance_monitor.aw
#
# Differences from the seed:
# - psutil becomes the builtin `stats()`. Its `rss_bytes` and `cpu_seconds`
#   (the seed's Memory and CPU lines) differ from run to run, so this sample
#   prints only what the virtual clock makes deterministic: the elapsed
#   virtual time and the task counts. `tasks_live` counts the tasks not yet
#   finished, `tasks_total` every task created so far, the main task
#   included.
# - No classes: PerformanceMonitor is a function returning a map of closures.
# - `{x:.2f}` becomes `round(x, 2)`, which prints 0 as 0.0.
#
# The 100 tasks run concurrently: `gather` spawns them all at time 0, they
# all wake at 0.1, so the whole batch takes 0.1 virtual seconds, not 10.
# Before the gather only the main task exists. Halfway (0.05 s, a reading
# the seed does not take) the main task, the gather's own task and its 100
# workers are all live: 102. After it, they have finished: 1 live out of
# 102 created.

fn PerformanceMonitor() {
    let self = {"start_time": stats().elapsed}

    # 获取当前性能统计 (the current statistics)
    self.get_stats = fn () {
        let current = stats()
        return {
            "elapsed_time": current.elapsed - self.start_time,
            "tasks_live": current.tasks_live,
            "tasks_total": current.tasks_total,
        }
    }

    # 打印性能统计 (print them)
    self.print_stats = fn () {
        let stats = self.get_stats()
        print("Time: \(round(stats.elapsed_time, 2))s")
        print("Tasks: \(stats.tasks_live) live, \(stats.tasks_total) created")
    }

    return self
}

# 性能监控示例 (the monitoring example)
async fn performance_monitoring_example() {
    let monitor = PerformanceMonitor()

    # 模拟一些异步工作 (simulate some async work)
    async fn work_task(name, duration) {
        await sleep(duration)
        return "Task \(name) completed"
    }

    let tasks = list(range(100)).map(fn (i) => work_task("Task_\(i)", 0.1))

    print("Starting performance monitoring...")
    monitor.print_stats()

    # Not in the seed: look at the counts while the tasks run. `spawn`
    # makes the gather itself a task, which spawns the 100 workers.
    let batch = spawn gather(...tasks)
    await sleep(0.05)
    print("During execution:")
    monitor.print_stats()

    let results = await batch

    print("After execution:")
    monitor.print_stats()

    print("Processed \(len(results)) tasks")
}

await performance_monitoring_example()
# expect: Starting performance monitoring...
# expect: Time: 0.0s
# expect: Tasks: 1 live, 1 created
# expect: During execution:
# expect: Time: 0.05s
# expect: Tasks: 102 live, 102 created
# expect: After execution:
# expect: Time: 0.1s
# expect: Tasks: 1 live, 102 created
# expect: Processed 100 tasks
# expect time: 0.1
