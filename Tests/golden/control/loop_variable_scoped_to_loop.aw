for item in [1] {}
print(item)
# expect error: error: NameError
