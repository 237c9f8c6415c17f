fn f(a, b = a + 1) => [a, b]
print(f(1))  # expect: [1, 2]
print(f(1, 5))  # expect: [1, 5]
