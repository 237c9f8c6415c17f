print(4611686018427387904 * 2)
# expect error: error: OverflowError: integer overflow in 4611686018427387904 * 2
