# BUG: whether release() is an error depends on timing. On Semaphore(0), a release while a task waits in
# acquire() hands it the permit, but a release before anyone waits throws "ValueError: Semaphore#2 was released
# more times than it was acquired" (and the waiter that got the handed-on permit then cannot release it).
# Spec 6.7 lists sem.release() with no such condition; asyncio's Semaphore.release always adds a permit. Either
# way the outcome must not depend on whether the waiter arrived first.
# Semaphore(0) as a signal: a release works the same whether the waiter already waits or comes later.
let s1 = Semaphore(0)
spawn {
    await sleep(1)
    s1.release()
}
await s1.acquire()
print("waiter first: acquired")  # expect: waiter first: acquired
let s2 = Semaphore(0)
try {
    s2.release()
    await s2.acquire()
    print("release first: acquired")
} catch e {
    print("release first:", e)
}
# expect: release first: acquired
