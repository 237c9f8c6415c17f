print("a\tb")  # expect: a	b
print("say \"hi\"")  # expect: say "hi"
print("back\\slash")  # expect: back\slash
print("line1\nline2")
# expect: line1
# expect: line2
print(len("\r"))  # expect: 1
