print([[1, 2], [3]].contains([3]))  # expect: true
print([1.0].index(1))  # expect: 0
print([1, 2] in [[1, 2]])  # expect: true
