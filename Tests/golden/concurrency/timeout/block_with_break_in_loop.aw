# Leaving a timeout block with break ends its scope; the loop goes on without a later timeout.
for i in range(3) {
    with timeout(1) {
        await sleep(0.5)
        if i == 1 { break }
    }
    print("iteration", i)
}
await sleep(2)
print("done at", now())
# expect: iteration 0
# expect: done at 3.0
