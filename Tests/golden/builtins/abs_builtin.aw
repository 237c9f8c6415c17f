print(abs(-3), abs(3), abs(-2.5), abs(0))  # expect: 3 3 2.5 0
