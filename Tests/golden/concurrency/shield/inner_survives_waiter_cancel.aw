# A shielded task keeps running when the task awaiting it is cancelled.
async fn important() {
    await sleep(2)
    print("important work done at", now())
    return 42
}
let inner = spawn important()
let waiter = spawn {
    try {
        await shield(inner)
    } catch CancelledError {
        print("waiter cancelled at", now())
    }
}
await sleep(1)
waiter.cancel()
print(await inner)
# expect: waiter cancelled at 1.0
# expect: important work done at 2.0
# expect: 42
