print(2.0)  # expect: 2.0
print(0.1)  # expect: 0.1
print(2.5)  # expect: 2.5
print(float(2))  # expect: 2.0
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(-0.5)  # expect: -0.5
print(1 / 3)  # expect: 0.3333333333333333
