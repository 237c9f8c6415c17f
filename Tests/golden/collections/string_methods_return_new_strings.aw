let s = "abc"
let t = s.upper()
print(s, t)  # expect: abc ABC
