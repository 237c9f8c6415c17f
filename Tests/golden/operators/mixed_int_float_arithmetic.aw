print(1 + 2.5)  # expect: 3.5
print(2 * 1.5)  # expect: 3.0
print(type(1 + 1.0))  # expect: float
print(type(1 + 1))  # expect: int
