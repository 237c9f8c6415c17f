# Leaving `with sem` by return or break releases the permit.
let sem = Semaphore(1)
async fn early() {
    with sem { return "returned" }
}
print(await early(), sem.value)  # expect: returned 1
for i in range(3) {
    with sem { break }
}
print(sem.value)  # expect: 1
