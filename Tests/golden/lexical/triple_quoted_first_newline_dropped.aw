let s = """
abc"""
print(len(s))  # expect: 3
let t = """x
y"""
print(t)
# expect: x
# expect: y
