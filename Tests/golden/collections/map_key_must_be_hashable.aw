let m = {}
m[[1]] = 2
# expect error: error: TypeError
