let xs = [0, 0]
xs[1] = "b"
print(xs)  # expect: [0, "b"]
let m = {}
m.name = "Ann"
m["age"] = 30
print(m)  # expect: {"name": "Ann", "age": 30}
print(m.name)  # expect: Ann
