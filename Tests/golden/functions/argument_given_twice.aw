fn f(a, b = 0) => a
f(1, a: 2)
# expect error: error: TypeError: f() got two values for 'a'
