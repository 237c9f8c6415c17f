min([])
# expect error: error: ValueError: min() of an empty list
