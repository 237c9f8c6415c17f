range(0, 10, 0)
# expect error: error: ValueError: range() step must not be zero
