# e.wait() suspends until another task calls e.set().
let e = Event()
spawn {
    await sleep(2)
    print("setting")
    e.set()
}
await e.wait()
print("woke at", now())
# expect: setting
# expect: woke at 2.0
