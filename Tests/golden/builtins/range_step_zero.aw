range(0, 10, 0)
# expect error: error: ValueError
