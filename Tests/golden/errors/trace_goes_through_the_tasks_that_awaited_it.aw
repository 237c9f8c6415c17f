# When `await t` (or a gather) rethrows a task's error, the trace goes on
# through the frames that awaited it, the first of them marked with the task
# the error came from, as Python chains an awaited task's traceback.
async fn boom() {
    await sleep(1)
    throw ValueError("boom")
}
async fn middle() {
    let t = spawn boom()
    return await t
}
fn show(e) {
    for line in e.trace { print(line.split("/")[-1]) }
}
try { await spawn middle() } catch ValueError as e { show(e) }
# expect: trace_goes_through_the_tasks_that_awaited_it.aw:6:5 in boom
# expect: trace_goes_through_the_tasks_that_awaited_it.aw:10:12 in middle (awaiting boom#3)
# expect: trace_goes_through_the_tasks_that_awaited_it.aw:15:7 in <main> (awaiting middle#2)
try { await gather(boom(), sleep(5)) } catch ValueError as e { show(e) }
# expect: trace_goes_through_the_tasks_that_awaited_it.aw:6:5 in boom
# expect: trace_goes_through_the_tasks_that_awaited_it.aw:19:13 in <main> (awaiting boom#4)
