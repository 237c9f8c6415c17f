# A timeout scope's deadline stops mattering once the block has ended.
with timeout(1) {
    await sleep(0.5)
}
await sleep(2)
print("slept past the old deadline at", now())  # expect: slept past the old deadline at 2.5
