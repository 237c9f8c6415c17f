print(not 1 == 2)  # expect: true
print(not 1 < 2)  # expect: false
