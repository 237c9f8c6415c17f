print("hi")  # expect: hi
print("a", "b")  # expect: a b
