# An event wait abandoned by wait_for leaves the event usable for later waiters.
let e = Event()
try {
    await wait_for(e.wait(), 1)
} catch TimeoutError {
    print("wait timed out at", now())  # expect: wait timed out at 1.0
}
spawn {
    await sleep(1)
    e.set()
}
await e.wait()
print("woke at", now())  # expect: woke at 2.0
