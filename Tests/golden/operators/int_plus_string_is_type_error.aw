print(1 + "a")
# expect error: error: TypeError: cannot add int and string; use interpolation "\(x)" or str(x) to build a string
