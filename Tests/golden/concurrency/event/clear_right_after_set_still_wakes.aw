# Waiters woken by set() are released even if the event is cleared before they run.
let e = Event()
let t = spawn {
    await e.wait()
    print("released")
}
await sleep(0)
e.set()
e.clear()
await t
# expect: released
