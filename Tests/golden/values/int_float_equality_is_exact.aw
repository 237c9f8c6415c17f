# An int equals a float only when they are exactly the same number (as in Python).
print(9223372036854775807 == 9223372036854775807.0)  # expect: false
print(2 == 2.0, 2 == 2.5, 0 == -0.0)  # expect: true false true
