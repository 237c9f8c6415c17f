let lowest = -9223372036854775807 - 1
print(lowest)  # expect: -9223372036854775808
print(lowest - 1)
# expect error: error: OverflowError: integer overflow in -9223372036854775808 - 1
