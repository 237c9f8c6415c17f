# Leftover tasks are cancelled in spawn order, whatever their timers say.
async fn worker(name, d) {
    try {
        await sleep(d)
    } finally {
        print(name, "cancelled")
    }
}
spawn worker("first", 30)
spawn worker("second", 10)
spawn worker("third", 20)
await sleep(1)
print("main done")
# expect: main done
# expect: first cancelled
# expect: second cancelled
# expect: third cancelled
