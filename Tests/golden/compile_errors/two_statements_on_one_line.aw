let a = 1 let b = 2
# expect error: error[syntax]:
