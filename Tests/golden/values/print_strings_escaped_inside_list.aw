# Inside a list, strings are quoted with their escapes, so the output reads back as a literal.
print(["a\"b", "c\\d", "e\nf"])  # expect: ["a\"b", "c\\d", "e\nf"]
