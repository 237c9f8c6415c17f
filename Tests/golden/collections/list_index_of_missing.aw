["a"].index("z")
# expect error: error: ValueError
