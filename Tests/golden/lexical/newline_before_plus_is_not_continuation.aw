# A newline ends `let x = 1`; the next line `+ 2` then starts with an operator,
# which is a syntax error (there is no unary plus).
let x = 1
+ 2
# expect error: error[syntax]: expected an expression, found '+'
