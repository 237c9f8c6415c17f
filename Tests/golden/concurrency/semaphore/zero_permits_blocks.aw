# Semaphore(0) starts with no free permit: acquire waits for a release.
let sem = Semaphore(0)
spawn {
    await sleep(1)
    sem.release()
}
await sem.acquire()
print("got it at", now())  # expect: got it at 1.0
