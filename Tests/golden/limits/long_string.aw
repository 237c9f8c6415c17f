var s = ""
for i in range(10_000) { s += "ab" }
print(len(s))  # expect: 20000
