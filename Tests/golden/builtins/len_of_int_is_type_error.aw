len(5)
# expect error: error: TypeError
