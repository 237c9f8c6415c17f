let s = "abc".
    upper()
print(s)  # expect: ABC
