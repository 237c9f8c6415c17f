# Leftover tasks do not change the exit status: a script that ends normally exits 0.
# expect exit: 0
async fn forever() {
    while true { await sleep(1) }
}
spawn forever()
spawn forever()
await sleep(3.5)
print("done")  # expect: done
