print({"k": "v"})  # expect: {"k": "v"}
