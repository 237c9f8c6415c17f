# A CRLF line break inside a triple-quoted string is one newline.
let s = """a
b"""
print(len(s))  # expect: 3
