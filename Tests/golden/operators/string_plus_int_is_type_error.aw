print("a" + 1)
# expect error: error: TypeError: cannot add string and int; use interpolation "\(x)" or str(x) to build a string
