print(list({"a": 1, "b": 2}))  # expect: ["a", "b"]
print(sorted({"b": 1, "a": 2}))  # expect: ["a", "b"]
