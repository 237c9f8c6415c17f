let xs = ["a", "b", "c", "b"]
print(xs.contains("b"), xs.contains("z"))  # expect: true false
print(xs.index("b"))  # expect: 1
