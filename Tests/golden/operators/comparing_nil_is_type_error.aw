print(nil < 1)
# expect error: error: TypeError
