let m = {"x": 1, "y": 2}
print(m.has("x"), m.has("z"))  # expect: true false
m.remove("x")
print(m)  # expect: {"y": 2}
print(m.has("x"))  # expect: false
