print(abs(-9223372036854775807))  # expect: 9223372036854775807
print(abs(-9223372036854775807 - 1))
# expect error: error: OverflowError: integer overflow in abs(-9223372036854775808)
