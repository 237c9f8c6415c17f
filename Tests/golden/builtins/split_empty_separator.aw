"abc".split("")
# expect error: error: ValueError: split() separator must not be empty
