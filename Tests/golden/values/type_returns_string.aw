print(type(type(1)))  # expect: string
print(type(1) == "int")  # expect: true
