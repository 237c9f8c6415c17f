print(int(1e19))
# expect error: error: OverflowError
