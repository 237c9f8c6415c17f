let xs = [1, 2, 3, 4]
print(xs.map(fn (x) => x * x))  # expect: [1, 4, 9, 16]
print(xs.filter(fn (x) => x % 2 == 0))  # expect: [2, 4]
print(xs)  # expect: [1, 2, 3, 4]
