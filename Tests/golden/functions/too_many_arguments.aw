fn f(a) => a
f(1, 2)
# expect error: error: TypeError: f() takes 1 argument but 2 were given
