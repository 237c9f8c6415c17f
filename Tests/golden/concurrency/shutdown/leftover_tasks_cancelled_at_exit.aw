# When main ends, remaining tasks are cancelled and their finally blocks run after main's output.
async fn worker() {
    try {
        await sleep(100)
    } finally {
        print("worker cleaned up")
    }
}
spawn worker()
await sleep(1)
print("main done")
# expect: main done
# expect: worker cleaned up
