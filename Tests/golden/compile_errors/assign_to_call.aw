fn f() => 1
f() = 3
# expect error: error[syntax]: cannot assign to this expression
