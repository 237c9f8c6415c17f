# A task cancelled while waiting on a semaphore takes no permit: the count is right afterwards.
let sem = Semaphore(1)
await sem.acquire()
let t = spawn {
    try {
        await sem.acquire()
        print("wrong: acquired")
    } finally {
        print("waiter finally")
    }
}
await sleep(1)
t.cancel()
await sleep(0)
# expect: waiter finally
sem.release()
print(sem)  # expect: <Semaphore 1/1>
await sem.acquire()
print("acquired again, value", sem.value)  # expect: acquired again, value 0
