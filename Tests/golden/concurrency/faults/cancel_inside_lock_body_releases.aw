# A task cancelled while holding a lock releases it on the way out.
let lock = Lock()
let t = spawn {
    with lock { await sleep(10) }
}
await sleep(1)
print(lock.locked())  # expect: true
t.cancel()
await sleep(0)
print(lock.locked())  # expect: false
