print([1, 2, 3][3])
# expect error: error: IndexError
