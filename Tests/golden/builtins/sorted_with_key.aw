let words = ["ccc", "a", "bb"]
print(sorted(words, key: fn (w) => len(w)))  # expect: ["a", "bb", "ccc"]
print(sorted(words, key: len))  # expect: ["a", "bb", "ccc"]
