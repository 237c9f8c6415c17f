fn f(a, b) => a
f(1)
# expect error: error: TypeError: f() is missing the argument 'b'
