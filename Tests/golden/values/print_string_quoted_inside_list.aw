print(["hi", 1, "x y"])  # expect: ["hi", 1, "x y"]
