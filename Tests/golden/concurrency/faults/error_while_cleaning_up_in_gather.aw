# A child that fails in its cleanup while gather cancels it does not hide the first error.
async fn bad() {
    await sleep(1)
    throw ValueError("first")
}
async fn messy() {
    try {
        await sleep(10)
    } finally {
        throw KeyError("cleanup")
    }
}
try {
    await gather(bad(), messy())
} catch ValueError as e {
    print("gather threw", e.message)  # expect: gather threw first
}
print(len(all_tasks()))  # expect: 1
