# args: --slow-steps 100000
# On the virtual clock a task that takes too many steps (loop iterations and
# calls) without awaiting is reported with where it was, the same on every run.
async fn crunch(n) {
    var total = 0
    for i in range(n) {
        total += i
    }
    return total
}
async fn ticker() {
    for i in range(2) {
        await sleep(0.01)
        print("tick", i)
    }
}
let t = spawn ticker()
print(await spawn crunch(300000))
await t
# expect: 44999850000
# expect: tick 0
# expect: tick 1
# expect stderr: warning: task 'crunch#3' ran 300,000 steps without awaiting (Tests/golden/diagnostics/slow_task_warns_in_steps.aw:6): other tasks could not run meanwhile; an await in the loop lets them
