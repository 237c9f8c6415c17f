# `a += b` is `a = a + b`: it builds a new list and rebinds `a`; other references keep the old one.
var a = [1]
let b = a
a += [2]
print(a, b)  # expect: [1, 2] [1]
