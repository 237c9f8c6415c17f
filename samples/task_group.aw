# Mirrors the seed's section "任务组管理" (task groups, Python 3.11's
# TaskGroup): `async with asyncio.TaskGroup() as group` is
# `with group() as g`, and `group.create_task(coro)` is `g.spawn(coro)`.
#
# Run it:   asyncrepl run --virtual samples/task_group.aw
# Check it: asyncrepl test samples/task_group.aw
#
# The three httpbin requests cross the simulated network with --virtual
# (0.05 s of latency plus the N seconds of /delay/N each). The seed only
# returns its results; this sample prints them, and the virtual time at which
# the group finished: 2.05, the longest fetch, because the three run at once.

# 使用任务组管理并发任务 (manage concurrent tasks with a task group)
async fn fetch_with_task_group() {
    let urls = [
        "https://httpbin.org/delay/1",
        "https://httpbin.org/delay/2",
        "https://httpbin.org/delay/1",
    ]

    var tasks = []
    with group() as g {
        # 创建任务组 (create the group's tasks)
        tasks = urls.map(fn (url) => g.spawn(fetch_url(url)))
    }   # the block ends only when every child is done

    # 所有任务完成后处理结果 (all tasks are done: collect the results)
    let results = tasks.map(fn (task) => task.result())
    print("group done at", now())
    return results
}

# 获取单个URL的数据 (fetch one URL)
async fn fetch_url(url) {
    let response = await http.get(url)
    return response.text
}

for result in await fetch_with_task_group() {
    print("response from", json.parse(result).url)
}
# expect: group done at 2.05
# expect: response from https://httpbin.org/delay/1
# expect: response from https://httpbin.org/delay/2
# expect: response from https://httpbin.org/delay/1

# 注意:需要Python 3.11+才能使用TaskGroup (Python needs 3.11+ for TaskGroup)
# expect time: 2.05
