print(true + 1)
# expect error: error: TypeError
