let m = {"a": 1}
print(m.b)
# expect error: error: KeyError: "b"
