# Large and small floats print like Python's repr (spec: shortest round-trip form).
print(1e16)  # expect: 1e+16
print(1e15)  # expect: 1000000000000000.0
print(1e-7)  # expect: 1e-07
print(123456789.0)  # expect: 123456789.0
print(-0.0)  # expect: -0.0
