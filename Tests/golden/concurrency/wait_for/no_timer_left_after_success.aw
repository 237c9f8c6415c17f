# After wait_for returns in time, its deadline no longer matters.
async fn quick() { await sleep(0.5); return 1 }
print(await wait_for(quick(), 1))  # expect: 1
await sleep(3)
print("still fine at", now())  # expect: still fine at 3.5
