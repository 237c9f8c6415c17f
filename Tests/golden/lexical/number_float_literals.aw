print(3.14)  # expect: 3.14
print(1e-3)  # expect: 0.001
print(2.5e2)  # expect: 250.0
print(type(1e3))  # expect: float
