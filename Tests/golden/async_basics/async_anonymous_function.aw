let twice = async fn (x) { return x * 2 }
print(type(twice))  # expect: fn
print(await twice(21))  # expect: 42
