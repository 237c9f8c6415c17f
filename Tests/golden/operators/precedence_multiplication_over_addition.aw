print(1 + 2 * 3)  # expect: 7
print((1 + 2) * 3)  # expect: 9
print(10 - 4 - 3)  # expect: 3
print(7 - 6 // 4 % 3)  # expect: 6
