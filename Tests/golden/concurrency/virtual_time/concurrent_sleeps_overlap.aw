# Concurrent sleeps overlap: the clock ends at the longest one, not the sum.
await gather(sleep(1), sleep(2), sleep(1.5))
print(now())  # expect: 2.0
