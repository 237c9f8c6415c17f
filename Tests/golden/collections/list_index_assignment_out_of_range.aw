let xs = [1]
xs[1] = 2
# expect error: error: IndexError
