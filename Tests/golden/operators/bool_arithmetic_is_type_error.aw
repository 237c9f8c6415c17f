print(true + 1)
# expect error: error: TypeError: cannot add bool and int
