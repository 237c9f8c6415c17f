print([1, 2, 3]["a":])
# expect error: error: TypeError: slice bounds must be integers or nil, got string
