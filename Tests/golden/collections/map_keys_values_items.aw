let m = {"x": 1, "y": 2}
print(m.keys())  # expect: ["x", "y"]
print(m.values())  # expect: [1, 2]
print(m.items())  # expect: [["x", 1], ["y", 2]]
