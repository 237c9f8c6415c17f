yield 1
# expect error: error[syntax]: 'yield' outside a function
