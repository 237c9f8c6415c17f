let e = Error("x")
e.message = "changed"
# expect error: error: TypeError: cannot set member 'message' of error; only maps have settable members
