# A task cancelled inside `with sem` gives its permit back.
let sem = Semaphore(3)
let t = spawn {
    with sem { await sleep(10) }
}
await sleep(1)
print(sem.value)  # expect: 2
t.cancel()
await sleep(0)
print(sem.value)  # expect: 3
