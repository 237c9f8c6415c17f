let s = "héllo"
print(s[1:3])  # expect: él
print(s[:2])  # expect: hé
print(s[3:])  # expect: lo
print(s[-3:])  # expect: llo
