for item in [1] {}
print(item)
# expect error: error: NameError: name 'item' is not defined
