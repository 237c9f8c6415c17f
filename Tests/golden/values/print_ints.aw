print(42)  # expect: 42
print(-7)  # expect: -7
print(0)  # expect: 0
print(9223372036854775807)  # expect: 9223372036854775807
