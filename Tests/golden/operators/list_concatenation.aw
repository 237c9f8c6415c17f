let a = [1, 2]
let b = a + [3]
print(b)  # expect: [1, 2, 3]
print(a)  # expect: [1, 2]
