let total = 3
print(totl)
# expect error: error: NameError
