print(zip(range(2), "ab"))  # expect: [[0, "a"], [1, "b"]]
print(enumerate("xy"))  # expect: [[0, "x"], [1, "y"]]
