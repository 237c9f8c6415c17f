# The clock does not jump to the next timer while some task is still ready.
spawn {
    await sleep(1)
    print("timer task at", now())
}
spawn {
    for i in range(3) {
        print("busy", i, now())
        await sleep(0)
    }
}
await sleep(2)
# expect: busy 0 0.0
# expect: busy 1 0.0
# expect: busy 2 0.0
# expect: timer task at 1.0
