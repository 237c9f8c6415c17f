print(1 < "a")
# expect error: error: TypeError: '<' is not supported between int and string
