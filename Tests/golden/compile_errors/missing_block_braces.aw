if true print(1)
# expect error: error[syntax]: expected '{' after the condition of 'if', found 'print'
