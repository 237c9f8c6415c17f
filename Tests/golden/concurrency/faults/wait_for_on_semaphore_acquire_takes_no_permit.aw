# An acquire() abandoned by wait_for takes no permit: after the release the semaphore is fully free.
let sem = Semaphore(1)
await sem.acquire()
try {
    await wait_for(sem.acquire(), 1)
} catch TimeoutError {
    print("acquire timed out")  # expect: acquire timed out
}
sem.release()
print(sem)  # expect: <Semaphore 1/1>
