print("a" + 1)
# expect error: error: TypeError
