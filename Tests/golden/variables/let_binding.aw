let x = 10
print(x)  # expect: 10
