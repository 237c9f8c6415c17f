# A leftover task's finally may still await while the program shuts down.
async fn worker() {
    try {
        await sleep(100)
    } finally {
        await sleep(1)
        print("cleanup finished at", now())
    }
}
spawn worker()
await sleep(2)
print("main done at", now())
# expect: main done at 2.0
# expect: cleanup finished at 3.0
