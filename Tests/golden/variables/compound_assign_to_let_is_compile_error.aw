let n = 1
n += 1
# expect error: error[syntax]: cannot assign to 'n': it is declared with 'let' (at 
