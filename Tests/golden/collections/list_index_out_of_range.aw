let xs = [1, 2]
print(xs[2])
# expect error: error: IndexError: list index 2 is out of range (length 2)
