print([1, 2, 3]["a":])
# expect error: error: TypeError
