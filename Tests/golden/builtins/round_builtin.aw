print(round(3.14159, 2))  # expect: 3.14
print(round(2.71828, 3))  # expect: 2.718
print(round(1234.5678, 1))  # expect: 1234.6
