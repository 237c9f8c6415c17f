# A task woken by an event goes to the back of the ready queue, behind tasks already ready.
let e = Event()
spawn {
    await e.wait()
    print("waiter resumed")
}
await sleep(0)
spawn { print("ready before the set") }
e.set()
spawn { print("spawned after the set") }
await sleep(0)
await sleep(0)
# expect: ready before the set
# expect: waiter resumed
# expect: spawned after the set
