# Deadlines beyond the end of the virtual clock are an error report (or never expire), never a crash.
await sleep(8e9)
try {
    with timeout(2e9) { await sleep(1) }
} catch e {}
try {
    await wait_for(sleep(1), 2e9)
} catch e {}
print("no crash")  # expect: no crash
