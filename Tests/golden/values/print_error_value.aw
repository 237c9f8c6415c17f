print(ValueError("bad input"))  # expect: ValueError: bad input
print(Error("plain"))  # expect: Error: plain
