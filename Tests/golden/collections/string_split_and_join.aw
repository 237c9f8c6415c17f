print("a,b,,c".split(","))  # expect: ["a", "b", "", "c"]
print(", ".join(["x", "y", "z"]))  # expect: x, y, z
print("-".join([]))  # expect:
