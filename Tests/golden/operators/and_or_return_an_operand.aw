# As in Python, `and`/`or` give back the operand that decided the result.
print(nil or "default")  # expect: default
print(0 or 5)  # expect: 5
print(1 and 2)  # expect: 2
print([] and "never")  # expect: []
