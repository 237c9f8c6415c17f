fn f(a, b) => a
f(a: 1, 2)
# expect error: error[syntax]: positional argument after a labelled argument; put positional arguments first
