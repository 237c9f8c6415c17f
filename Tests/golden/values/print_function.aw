fn add(a, b) => a + b
print(add)  # expect: <fn add>
print([add])  # expect: [<fn add>]
