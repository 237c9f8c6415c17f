print("a\(")")b\("(")c")  # expect: a)b(c
print("\("\("\("deep")")")")  # expect: deep
print("\((fn () => 1)())")  # expect: 1
