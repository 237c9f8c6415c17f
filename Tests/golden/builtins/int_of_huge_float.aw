print(int(1e19))
# expect error: error: OverflowError: 1e+19 is too large for a 64-bit integer
