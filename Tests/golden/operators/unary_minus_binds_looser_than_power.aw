print(-2 ** 2)  # expect: -4
print((-2) ** 2)  # expect: 4
