# A deadline that expires while the task waits for a lock removes it from the waiters; the lock works normally after.
let lock = Lock()
spawn {
    with lock { await sleep(5) }
}
await sleep(0)
try {
    with timeout(1) {
        with lock { print("wrong: got the lock") }
    }
} catch TimeoutError {
    print("gave up at", now(), "lock held:", lock.locked())  # expect: gave up at 1.0 lock held: true
}
with lock {
    print("got the lock at", now())  # expect: got the lock at 5.0
}
print(lock.locked())  # expect: false
