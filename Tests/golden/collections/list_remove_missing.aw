let xs = [1]
xs.remove(5)
# expect error: error: ValueError: remove(): 5 is not in the list
