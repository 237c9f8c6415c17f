print(len([1, 2, 3]), len(""), len("abc"), len({"a": 1}), len(range(5)))  # expect: 3 0 3 1 5
