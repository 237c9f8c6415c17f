fn f(a, a) => a
# expect error: error[syntax]: duplicate parameter 'a'
