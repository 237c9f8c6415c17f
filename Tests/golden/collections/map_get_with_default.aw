let m = {"a": 1}
print(m.get("a"))  # expect: 1
print(m.get("b"))  # expect: nil
print(m.get("b", 0))  # expect: 0
