let x = x
# expect error: error: NameError: name 'x' is not defined
