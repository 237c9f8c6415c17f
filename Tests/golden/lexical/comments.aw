# A whole-line comment is ignored.
print("a")  # a comment after code is ignored too
# expect: a
#print("not run")
print("b")
# expect: b
