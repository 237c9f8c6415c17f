print(1_000_000)  # expect: 1000000
print(1_0 + 1)  # expect: 11
