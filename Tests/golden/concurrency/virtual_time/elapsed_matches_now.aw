# stats().elapsed is the interpreter's clock, virtual in virtual-clock mode.
await sleep(2.5)
print(stats().elapsed)  # expect: 2.5
print(now())  # expect: 2.5
