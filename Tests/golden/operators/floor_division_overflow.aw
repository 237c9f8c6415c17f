let lowest = -9223372036854775807 - 1
print(lowest % -1)  # expect: 0
print(lowest // -1)
# expect error: error: OverflowError: integer overflow in -9223372036854775808 // -1
