let s = "abc"
s[0] = "x"
# expect error: error: TypeError
