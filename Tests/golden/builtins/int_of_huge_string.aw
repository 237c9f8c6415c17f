print(int("9223372036854775808"))
# expect error: error: OverflowError: '9223372036854775808' is too large for a 64-bit integer
