# Awaited one after another, sleeps add up.
await sleep(1)
await sleep(1)
await sleep(1)
print(now())  # expect: 3.0
