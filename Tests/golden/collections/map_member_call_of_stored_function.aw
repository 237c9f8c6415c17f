let ops = {double: fn (x) => x * 2}
print(ops.double(21))  # expect: 42
