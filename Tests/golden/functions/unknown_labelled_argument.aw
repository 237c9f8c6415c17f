fn f(a) => a
f(a: 1, b: 2)
# expect error: error: TypeError: f() has no parameter named 'b'
