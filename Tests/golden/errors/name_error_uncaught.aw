let total = 3
print(totl)
# expect error: error: NameError: name 'totl' is not defined; did you mean 'total'?
