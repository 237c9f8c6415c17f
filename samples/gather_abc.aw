# Mirrors the seed's section "事件循环机制" (the event loop): three tasks
# A (2 s), B (1 s) and C (3 s) run concurrently under `gather`.
#
# Run it:   asyncrepl run --virtual samples/gather_abc.aw
# Check it: asyncrepl test samples/gather_abc.aw
#
# `gather` spawns its coroutines as tasks in argument order, so all three
# start at time 0; they finish in order of their delays (B at 1 s, A at 2 s,
# C at 3 s), yet the results come back in argument order. The whole script
# takes 3 virtual seconds, not 6. `asyncio.gather(*tasks)` is
# `gather(...tasks)`. A list prints its strings with double quotes where
# Python uses single ones.

async fn task(name, delay) {
    print("Task \(name) started")
    await sleep(delay)
    print("Task \(name) completed after \(delay) seconds")
    return "Result from \(name)"
}

async fn main() {
    # 创建多个任务 (create several tasks: coroutines, nothing runs yet)
    let tasks = [
        task("A", 2),
        task("B", 1),
        task("C", 3),
    ]

    # 并发执行所有任务 (run them all concurrently)
    let results = await gather(...tasks)
    print("All tasks completed:", results)
}

# 运行示例 (run the example)
await main()
# expect: Task A started
# expect: Task B started
# expect: Task C started
# expect: Task B completed after 1 seconds
# expect: Task A completed after 2 seconds
# expect: Task C completed after 3 seconds
# expect: All tasks completed: ["Result from A", "Result from B", "Result from C"]
# expect time: 3.0
#
# What each task did, and when: `asyncrepl run --virtual --trace samples/gather_abc.aw`
# prints one line per task event on standard error. `gather` spawns three
# tasks (all named `task`, after their function) from main's line 30; each
# starts, sleeps until its deadline, wakes when its timer falls due and ends;
# main, waiting on the gather, wakes when the last one (task#4) finishes.
# args: --trace
# expect stderr: [  0.000] task main#1 spawned
# expect stderr: [  0.000] task main#1 starts
# expect stderr: [  0.000] task task#2 spawned by main#1 at gather_abc.aw:30:25
# expect stderr: [  0.000] task task#3 spawned by main#1 at gather_abc.aw:30:25
# expect stderr: [  0.000] task task#4 spawned by main#1 at gather_abc.aw:30:25
# expect stderr: [  0.000] task main#1 waits on gather (task#2, task#3, task#4)
# expect stderr: [  0.000] task task#2 starts
# expect stderr: [  0.000] task task#2 sleeps until 2.000
# expect stderr: [  0.000] task task#3 starts
# expect stderr: [  0.000] task task#3 sleeps until 1.000
# expect stderr: [  0.000] task task#4 starts
# expect stderr: [  0.000] task task#4 sleeps until 3.000
# expect stderr: [  1.000] task task#3 wakes (timer)
# expect stderr: [  1.000] task task#3 resumes
# expect stderr: [  1.000] task task#3 done (1.000 s)
# expect stderr: [  2.000] task task#2 wakes (timer)
# expect stderr: [  2.000] task task#2 resumes
# expect stderr: [  2.000] task task#2 done (2.000 s)
# expect stderr: [  3.000] task task#4 wakes (timer)
# expect stderr: [  3.000] task task#4 resumes
# expect stderr: [  3.000] task task#4 done (3.000 s)
# expect stderr: [  3.000] task main#1 wakes (by task#4)
# expect stderr: [  3.000] task main#1 resumes
# expect stderr: [  3.000] task main#1 done (3.000 s)
