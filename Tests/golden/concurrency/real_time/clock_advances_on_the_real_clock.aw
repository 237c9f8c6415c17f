# mode: real
# On the real clock now() moves forward by at least the time slept.
let start = now()
await sleep(0.05)
print(now() - start >= 0.05)  # expect: true
