fn double(x) =>
    x * 2
print(double(4))  # expect: 8
let triple = fn (x) =>
    x * 3
print(triple(2))  # expect: 6
