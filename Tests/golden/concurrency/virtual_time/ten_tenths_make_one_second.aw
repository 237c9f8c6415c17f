# Ten sleeps of 0.1 add up to exactly 1.0, with no float drift.
for i in range(10) { await sleep(0.1) }
print(now())  # expect: 1.0
print(now() == 1.0)  # expect: true
