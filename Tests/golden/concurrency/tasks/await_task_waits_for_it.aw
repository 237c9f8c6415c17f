# `await task` suspends until the task finishes and returns its result.
async fn slow() {
    await sleep(3)
    return "slow result"
}
let t = spawn slow()
print(await t)  # expect: slow result
print(now())  # expect: 3.0
