let xs = [1, 3]
xs.insert(1, 2)
xs.insert(0, 0)
print(xs)  # expect: [0, 1, 2, 3]
