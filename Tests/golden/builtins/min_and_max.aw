print(min([3, 1, 2]), max([3, 1, 2]))  # expect: 1 3
print(min(3, 1, 2), max(3, 1, 2))  # expect: 1 3
print(max(1, 2.5))  # expect: 2.5
print(min(["b", "a"]))  # expect: a
