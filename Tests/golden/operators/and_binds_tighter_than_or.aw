print(true or false and false)  # expect: true
print(false and true or true)  # expect: true
print(false and (true or true))  # expect: false
