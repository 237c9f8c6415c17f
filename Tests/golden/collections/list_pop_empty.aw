let xs = []
xs.pop()
# expect error: error: IndexError
