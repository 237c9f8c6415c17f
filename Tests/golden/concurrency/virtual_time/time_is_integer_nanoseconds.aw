# Virtual time is kept in integer nanoseconds, so 0.1 + 0.05 of sleeping prints 0.15.
await sleep(0.1)
await sleep(0.05)
print(now())  # expect: 0.15
