let xs = [3, 1, 2]
print(sorted(xs))  # expect: [1, 2, 3]
print(xs)  # expect: [3, 1, 2]
print(sorted(["b", "c", "a"]))  # expect: ["a", "b", "c"]
