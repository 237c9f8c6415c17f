print(list(range(4)))  # expect: [0, 1, 2, 3]
print(list(range(2, 5)))  # expect: [2, 3, 4]
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(-2)))  # expect: []
