let x = x
# expect error: error: NameError
