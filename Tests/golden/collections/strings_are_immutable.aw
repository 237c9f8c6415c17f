let s = "abc"
s[0] = "x"
# expect error: error: TypeError: strings cannot be changed in place; build a new string instead
