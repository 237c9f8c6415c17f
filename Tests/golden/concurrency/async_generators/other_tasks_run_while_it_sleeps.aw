# While an async generator sleeps, other tasks run.
async fn slow_numbers() {
    for i in range(2) {
        await sleep(1)
        yield i
    }
}
spawn {
    await sleep(0.5)
    print("other task at", now())
}
for await x in slow_numbers() { print("value", x, "at", now()) }
# expect: other task at 0.5
# expect: value 0 at 1.0
# expect: value 1 at 2.0
