# An async generator abandoned inside `with lock` (the loop broke out, nothing
# refers to it any more) is closed as Python closes a collected one: a task of
# its own throws CancelledError where it stopped, its finally runs and the lock
# is released, at the next turn of the scheduler.
let lock = Lock()
async fn numbers() {
    with lock {
        try {
            yield 1
            yield 2
        } finally { print("numbers closed") }
    }
}
async fn first() {
    for await x in numbers() { return x }
}
print(await first())
print(lock.locked())
await sleep(0)
print(lock.locked())
# expect: 1
# expect: true
# expect: numbers closed
# expect: false
