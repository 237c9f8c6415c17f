var x = 10
x += 5
print(x)  # expect: 15
x -= 3
print(x)  # expect: 12
x *= 2
print(x)  # expect: 24
x /= 4
print(x)  # expect: 6.0
var s = "ab"
s += "c"
print(s)  # expect: abc
