print("never printed")
let limit = 10
limit = 20
# expect error: error[syntax]: cannot assign to 'limit': it is declared with 'let' (at 
