print("never printed")
let x = 1
x = 2
# expect error: error[syntax]:
