# release() wakes a task blocked in acquire().
let sem = Semaphore(0)
let t = spawn {
    await sem.acquire()
    print("acquired at", now())
}
await sleep(2)
print("releasing")
sem.release()
await t
# expect: releasing
# expect: acquired at 2.0
