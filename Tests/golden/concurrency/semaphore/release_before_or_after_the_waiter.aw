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
