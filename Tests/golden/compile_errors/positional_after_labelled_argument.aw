fn f(a, b) => a
f(a: 1, 2)
# expect error: error[syntax]:
