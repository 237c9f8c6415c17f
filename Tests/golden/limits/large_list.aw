let xs = list(range(100_000))
print(len(xs), xs[-1], sum(xs))  # expect: 100000 99999 4999950000
