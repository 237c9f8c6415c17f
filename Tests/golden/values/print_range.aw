print(range(2, 10, 3))  # expect: range(2, 10, 3)
print(list(range(2, 10, 3)))  # expect: [2, 5, 8]
