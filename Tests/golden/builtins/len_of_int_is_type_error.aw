len(5)
# expect error: error: TypeError: len() expects a string, list, map or range, got int
