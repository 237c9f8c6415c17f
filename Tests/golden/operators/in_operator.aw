print(2 in [1, 2, 3])  # expect: true
print(5 in [1, 2, 3])  # expect: false
print("ell" in "hello")  # expect: true
print("a" in {"a": 1})  # expect: true
print(1 in {"a": 1})  # expect: false
print(3 in range(5))  # expect: true
