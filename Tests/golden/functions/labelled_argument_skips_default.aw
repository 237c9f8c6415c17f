fn f(a, b = 2, c = 3) => [a, b, c]
print(f(1, c: 30))  # expect: [1, 2, 30]
