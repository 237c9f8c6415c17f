print(1, "a", [2], nil)  # expect: 1 a [2] nil
print()  # expect:
