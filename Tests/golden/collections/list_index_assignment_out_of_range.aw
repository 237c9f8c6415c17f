let xs = [1]
xs[1] = 2
# expect error: error: IndexError: list index 1 is out of range (length 1)
