# sem.value is the number of free permits.
let sem = Semaphore(2)
print(sem.value)  # expect: 2
await sem.acquire()
print(sem.value)  # expect: 1
with sem {
    print(sem.value)  # expect: 0
}
print(sem.value)  # expect: 1
sem.release()
print(sem.value)  # expect: 2
