# Maps compare by value: the same pairs in a different insertion order are equal (as in Python).
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: true
