print([])  # expect: []
print({})  # expect: {}
