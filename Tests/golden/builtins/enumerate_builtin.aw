print(enumerate(["a", "b"]))  # expect: [[0, "a"], [1, "b"]]
print(enumerate([]))  # expect: []
