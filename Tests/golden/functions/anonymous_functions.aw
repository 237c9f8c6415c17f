let add = fn (a, b = 1) { return a + b }
print(add(1))  # expect: 2
print(add(1, 5))  # expect: 6
print([1, 2, 3].map(fn (x) => x * 10))  # expect: [10, 20, 30]
