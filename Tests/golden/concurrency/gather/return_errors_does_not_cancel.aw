# With return_errors: true an error does not cancel the other awaitables.
async fn slow() {
    await sleep(2)
    print("slow finished")
    return "slow"
}
async fn bad() { throw KeyError("k") }
let r = await gather(slow(), bad(), return_errors: true)
print(r[0], r[1].kind)
# expect: slow finished
# expect: slow KeyError
