# wait_for around shield times out the waiter but leaves the shielded coroutine running.
async fn work() {
    await sleep(3)
    print("work finished at", now())
}
try {
    await wait_for(shield(work()), 1)
} catch TimeoutError {
    print("gave up waiting at", now())
}
await sleep(5)
# expect: gave up waiting at 1.0
# expect: work finished at 3.0
