print({"a": 1, b: 2})  # expect: {"a": 1, "b": 2}
print({"z": 1, "a": 2, "m": 3})  # expect: {"z": 1, "a": 2, "m": 3}
