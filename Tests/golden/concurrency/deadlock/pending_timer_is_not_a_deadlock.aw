# While a timer is pending, blocked tasks are not a deadlock: the clock jumps to the timer.
let e = Event()
spawn {
    await sleep(100)
    e.set()
}
await e.wait()
print("woke at", now())  # expect: woke at 100.0
