let xs = [1, 2]
print(xs["0"])
# expect error: error: TypeError: list indexes must be integers, got string
