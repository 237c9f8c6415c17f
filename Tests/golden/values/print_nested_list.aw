print([1, "a", [2]])  # expect: [1, "a", [2]]
print([[], [[nil]], [true, 1.5]])  # expect: [[], [[nil]], [true, 1.5]]
