sorted([1, "a"])
# expect error: error: TypeError: '<' is not supported between string and int
