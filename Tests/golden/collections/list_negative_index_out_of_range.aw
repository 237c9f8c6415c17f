let xs = [1, 2]
print(xs[-3])
# expect error: error: IndexError: list index -3 is out of range (length 2)
