# A semaphore prints as <Semaphore free/total>.
let sem = Semaphore(5)
print(sem)  # expect: <Semaphore 5/5>
await sem.acquire()
await sem.acquire()
print(sem)  # expect: <Semaphore 3/5>
sem.release()
print(sem)  # expect: <Semaphore 4/5>
print(type(sem))  # expect: Semaphore
