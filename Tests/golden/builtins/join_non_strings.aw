",".join([1, 2])
# expect error: error: TypeError: join() expects a list of strings, found int at index 0
