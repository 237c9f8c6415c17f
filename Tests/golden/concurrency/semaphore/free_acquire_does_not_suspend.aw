# Acquiring a free semaphore, by acquire() or `with`, does not suspend: ready tasks do not get to run.
let sem = Semaphore(2)
spawn { print("other task") }
await sem.acquire()
print("acquired without yielding")
with sem {
    print("second permit without yielding")
}
await sleep(0)
# expect: acquired without yielding
# expect: second permit without yielding
# expect: other task
