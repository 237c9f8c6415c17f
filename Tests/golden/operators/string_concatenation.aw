print("foo" + "bar")  # expect: foobar
print("" + "x" + "")  # expect: x
