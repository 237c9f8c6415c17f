print([1, 2, 3][3])
# expect error: error: IndexError: list index 3 is out of range (length 3)
