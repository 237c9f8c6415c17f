let e = ValueError("x")
print(e == e)  # expect: true
print(ValueError("x") == ValueError("x"))  # expect: false
