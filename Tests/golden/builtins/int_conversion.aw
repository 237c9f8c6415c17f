print(int("42"))  # expect: 42
print(int("-7"))  # expect: -7
print(int(3.9))  # expect: 3
print(int(-3.9))  # expect: -3
print(int(5))  # expect: 5
