print(4 not in [1, 2, 3])  # expect: true
print("z" not in "abc")  # expect: true
print("a" not in {"a": 1})  # expect: false
