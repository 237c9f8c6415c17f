let x = 5
print("\\(x)")  # expect: \(x)
print("\\\(x)")  # expect: \5
