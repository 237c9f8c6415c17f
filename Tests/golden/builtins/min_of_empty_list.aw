min([])
# expect error: error: ValueError
