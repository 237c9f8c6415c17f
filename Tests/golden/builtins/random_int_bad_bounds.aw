random_int(3, 1)
# expect error: error: ValueError: random_int(a, b) needs a <= b, got 3 > 1
