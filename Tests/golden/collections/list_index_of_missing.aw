["a"].index("z")
# expect error: error: ValueError: index(): "z" is not in the list
