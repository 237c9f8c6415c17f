let xs = [10, 20, 30]
print(xs[0], xs[2])  # expect: 10 30
print(xs[-1], xs[-3])  # expect: 30 10
