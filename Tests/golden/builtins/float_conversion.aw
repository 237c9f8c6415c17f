print(float(2))  # expect: 2.0
print(float("2.5"))  # expect: 2.5
print(float("3"))  # expect: 3.0
