print("runs first")  # expect: runs first
print(nowhere)
# expect error: error: NameError: name 'nowhere' is not defined
