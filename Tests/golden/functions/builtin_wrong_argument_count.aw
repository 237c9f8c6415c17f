len()
# expect error: error: TypeError: len() expects 1 argument, got 0
