let xs = [1, 2]
print(xs[-3])
# expect error: error: IndexError
