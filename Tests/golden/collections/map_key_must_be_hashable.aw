let m = {}
m[[1]] = 2
# expect error: error: TypeError: a map key must be a string, int, float, bool or nil, not list
