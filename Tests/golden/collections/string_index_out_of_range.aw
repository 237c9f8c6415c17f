print("abc"[3])
# expect error: error: IndexError: string index 3 is out of range (length 3)
