# After gather rethrows, none of its child tasks is still alive.
async fn bad() { await sleep(1); throw ValueError("x") }
async fn slow() { await sleep(10) }
try {
    await gather(slow(), slow(), bad())
} catch ValueError {}
print(len(all_tasks()))  # expect: 1
