let a = 1 let b = 2
# expect error: error[syntax]: expected a newline or ';' after the statement, found 'let'
