let s = """
first
  second
"""
print(s)
# expect: first
# expect:   second
# expect:
