fn f(a) => a
f(...5)
# expect error: error: TypeError: int is not iterable
