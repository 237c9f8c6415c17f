print(not nil, not 0, not "x", not [])  # expect: true true false true
