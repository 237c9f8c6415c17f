let xs = [1]
xs.remove(5)
# expect error: error: ValueError
