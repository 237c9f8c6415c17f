let xs = [1, 2, 3]
xs.reverse()
print(xs)  # expect: [3, 2, 1]
