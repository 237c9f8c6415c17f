let m = {"a": 1}
print(m["zzz"])
# expect error: error: KeyError: "zzz"
