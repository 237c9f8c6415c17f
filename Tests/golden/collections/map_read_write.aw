let m = {"a": 1}
m["b"] = 2
m["a"] = 10
print(m)  # expect: {"a": 10, "b": 2}
print(m["a"], m.b)  # expect: 10 2
print(len(m))  # expect: 2
