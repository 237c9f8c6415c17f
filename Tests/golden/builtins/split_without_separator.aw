# As in Python: no separator splits on runs of whitespace.
print("  a b\t c  ".split())  # expect: ["a", "b", "c"]
