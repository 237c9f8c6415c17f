# sleep(0) yields but does not move the clock.
await sleep(0.25)
await sleep(0)
print(now())  # expect: 0.25
