print(sum([9223372036854775807, 1]))
# expect error: error: OverflowError: integer overflow in 9223372036854775807 + 1
