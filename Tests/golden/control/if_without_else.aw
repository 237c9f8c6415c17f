if false { print("no") }
print("after")  # expect: after
