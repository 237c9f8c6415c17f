print(int("9223372036854775808"))
# expect error: error: OverflowError
