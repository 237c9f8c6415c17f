# After clear(), wait() blocks again until the next set().
let e = Event()
e.set()
await e.wait()
e.clear()
spawn {
    await sleep(1)
    e.set()
}
await e.wait()
print("woke again at", now())  # expect: woke again at 1.0
