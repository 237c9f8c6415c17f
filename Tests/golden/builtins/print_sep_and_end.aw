print(1, 2, 3, sep: "-")  # expect: 1-2-3
print("a", end: "")
print("b", end: "!\n")  # expect: ab!
print("x", "y", sep: "", end: "\n")  # expect: xy
