print(1 in 5)
# expect error: error: TypeError: 'in' needs a list, map, string or range on the right, got int
