# Without a trailing operator the newline ends the statement: `-2` is a separate statement.
let x = 1
-2
print(x)  # expect: 1
