var x = 1
x = x + 1
print(x)  # expect: 2
x = "now a string"
print(x)  # expect: now a string
