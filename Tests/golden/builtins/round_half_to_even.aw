# As in Python: halves round to the even neighbour; without digits the result is an int.
print(round(0.5), round(1.5), round(2.5), round(-2.5))  # expect: 0 2 2 -2
print(type(round(2.4)))  # expect: int
print(round(25, -1), round(1234, -2))  # expect: 20 1200
