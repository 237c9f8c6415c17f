# Two children whose timers fall due together and that both throw: the group
# holds both errors, as Python 3.11's TaskGroup does. The group reacts to the
# first failure in ready-queue order, so the sibling already woken at that
# instant takes its step (and fails) before the group would cancel it.
async fn fail_at(t, msg) {
    await sleep(t)
    throw ValueError(msg)
}
async fn slow() {
    try { await sleep(5) } finally { print("slow cancelled at", now()) }
}
try {
    with group() as g {
        g.spawn(fail_at(1, "one"))
        g.spawn(fail_at(1, "two"))
        g.spawn(slow())
        g.spawn(fail_at(2, "later"))
    }
} catch ErrorGroup as eg {
    print(eg.errors.map(fn (e) => e.message), now())
}
# expect: slow cancelled at 1.0
# expect: ["one", "two"] 1.0
