print("héllo"[1])  # expect: é
print(len("héllo"))  # expect: 5
print("abc"[-1])  # expect: c
