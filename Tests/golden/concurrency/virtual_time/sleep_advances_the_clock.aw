# Sleeping moves the virtual clock forward by exactly the sleep.
await sleep(1.5)
print(now())  # expect: 1.5
await sleep(2)
print(now())  # expect: 3.5
