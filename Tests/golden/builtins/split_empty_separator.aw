"abc".split("")
# expect error: error: ValueError
