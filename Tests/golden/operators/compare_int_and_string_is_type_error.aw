print(1 < "a")
# expect error: error: TypeError
