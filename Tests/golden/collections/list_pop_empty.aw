let xs = []
xs.pop()
# expect error: error: IndexError: pop() from an empty list
