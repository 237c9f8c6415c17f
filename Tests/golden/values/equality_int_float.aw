print(1 == 1.0)  # expect: true
print(1 != 1.0)  # expect: false
print(2 == 2.5)  # expect: false
