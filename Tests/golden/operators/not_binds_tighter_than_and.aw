# (not false) and false, not: not (false and false)
print(not false and false)  # expect: false
print(not not true)  # expect: true
