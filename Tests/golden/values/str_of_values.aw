print(str(1) + str(2.0))  # expect: 12.0
print(str([1, "a"]))  # expect: [1, "a"]
print(str("a"))  # expect: a
print(str(nil))  # expect: nil
print(len(str({"k": "v"})))  # expect: 10
