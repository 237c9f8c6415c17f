fn f(a) => a
f(1, 2)
# expect error: error: TypeError
