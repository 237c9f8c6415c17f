let x =
    42
print(x)  # expect: 42
var y = 0
y =
    7
print(y)  # expect: 7
