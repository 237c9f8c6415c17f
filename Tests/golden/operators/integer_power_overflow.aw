print(2 ** 62)  # expect: 4611686018427387904
print(2 ** 64)
# expect error: error: OverflowError: integer overflow in 2 ** 64
