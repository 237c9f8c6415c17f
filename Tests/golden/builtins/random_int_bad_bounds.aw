random_int(3, 1)
# expect error: error: ValueError
