# All timers due at one instant move to the ready queue before any of their tasks runs.
spawn {
    await sleep(1)
    print("a wakes")
    spawn { print("task spawned by a") }
}
spawn {
    await sleep(1)
    print("b wakes")
}
await sleep(2)
# expect: a wakes
# expect: b wakes
# expect: task spawned by a
