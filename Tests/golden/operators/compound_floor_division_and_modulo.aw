var x = 7
x //= 2
print(x)  # expect: 3
x %= 2
print(x)  # expect: 1
