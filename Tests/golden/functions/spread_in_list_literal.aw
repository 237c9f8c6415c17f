let xs = [1, 2]
print([0, ...xs, 3])  # expect: [0, 1, 2, 3]
print([...xs, ...xs])  # expect: [1, 2, 1, 2]
print([...[]])  # expect: []
