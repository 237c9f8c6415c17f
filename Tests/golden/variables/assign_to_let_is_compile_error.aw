print("never printed")
let x = 1
x = 2
# expect error: error[syntax]: cannot assign to 'x': it is declared with 'let' (at 
