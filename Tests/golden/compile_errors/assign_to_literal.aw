1 = 2
# expect error: error[syntax]: cannot assign to this expression
