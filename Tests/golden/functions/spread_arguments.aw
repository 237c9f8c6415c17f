fn add3(a, b, c) => a + b + c
let xs = [1, 2, 3]
print(add3(...xs))  # expect: 6
print(add3(10, ...[20, 30]))  # expect: 60
