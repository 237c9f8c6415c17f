# Only `let`/`var` declare; assigning a name that was never declared is a NameError.
print("before")  # expect: before
missing = 1
# expect error: error: NameError: name 'missing' is not defined; declare it first with 'var missing = ...'
