[1].pop(5)
# expect error: error: IndexError
