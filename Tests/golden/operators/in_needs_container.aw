print(1 in 5)
# expect error: error: TypeError
