let m = {"keys": "stored", "n": 1}
print(type(m.keys))  # expect: fn
print(m.keys())  # expect: ["keys", "n"]
print(m["keys"])  # expect: stored
