[1].pop(5)
# expect error: error: IndexError: list index 5 is out of range (length 1)
