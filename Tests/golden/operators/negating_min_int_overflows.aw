let lowest = -9223372036854775807 - 1
print(-lowest)
# expect error: error: OverflowError: integer overflow in -(-9223372036854775808)
