let xs = []
xs.append(1)
xs.append("b")
print(xs, len(xs))  # expect: [1, "b"] 2
