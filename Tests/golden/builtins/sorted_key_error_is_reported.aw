# An uncaught error in a sorted() key function is reported like any other.
print(sorted([1, 2], key: fn (x) => x + "a"))
# expect error: error: TypeError: cannot add int and string; use interpolation "\(x)" or str(x) to build a string
