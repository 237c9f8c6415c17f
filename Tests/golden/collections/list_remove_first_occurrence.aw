let xs = [1, 2, 1, 2]
xs.remove(2)
print(xs)  # expect: [1, 1, 2]
