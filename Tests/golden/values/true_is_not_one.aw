# Bools are not numbers.
print(true == 1)  # expect: false
print(false == 0)  # expect: false
