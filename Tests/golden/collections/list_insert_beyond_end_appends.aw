# As in Python, insert clamps its index.
let xs = [1]
xs.insert(10, 2)
xs.insert(-10, 0)
print(xs)  # expect: [0, 1, 2]
