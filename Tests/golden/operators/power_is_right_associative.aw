print(2 ** 3 ** 2)  # expect: 512
print((2 ** 3) ** 2)  # expect: 64
print(type(2 ** 10))  # expect: int
