print(nil < 1)
# expect error: error: TypeError: '<' is not supported between nil and int
