len()
# expect error: error: TypeError
