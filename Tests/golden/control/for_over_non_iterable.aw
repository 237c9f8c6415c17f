for x in 42 { print(x) }
# expect error: error: TypeError: int is not iterable
