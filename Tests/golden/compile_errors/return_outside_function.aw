print("never printed")
return 1
# expect error: error[syntax]: 'return' outside a function
