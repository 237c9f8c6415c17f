print("abc"[3])
# expect error: error: IndexError
