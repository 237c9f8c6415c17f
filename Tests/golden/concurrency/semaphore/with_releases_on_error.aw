# Leaving `with sem` by an error releases the permit.
let sem = Semaphore(1)
try {
    with sem {
        print(sem.value)  # expect: 0
        throw ValueError("inside")
    }
} catch ValueError {}
print(sem.value)  # expect: 1
