# A comment after a trailing binary operator does not end the statement.
let x = 1 +  # more to come
    2
print(x)  # expect: 3
