let r = range(0, 10, 3)
print(r[1], r[-1])  # expect: 3 9
print(len(r))  # expect: 4
print(9 in r, 4 in r)  # expect: true false
