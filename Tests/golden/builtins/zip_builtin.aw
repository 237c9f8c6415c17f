print(zip([1, 2], ["a", "b"]))  # expect: [[1, "a"], [2, "b"]]
print(zip([1, 2, 3], ["a"]))  # expect: [[1, "a"]]
