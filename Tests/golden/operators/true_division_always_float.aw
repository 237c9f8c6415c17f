print(6 / 3)  # expect: 2.0
print(1 / 4)  # expect: 0.25
print(type(4 / 2))  # expect: float
print(7.0 / 2)  # expect: 3.5
