print(2 ** -1)  # expect: 0.5
print(2.0 ** 2)  # expect: 4.0
print(0 ** 0)  # expect: 1
