print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(nil))  # expect: false true false true false true false
