let e = Error("x")
e.message = "changed"
# expect error: error: TypeError
