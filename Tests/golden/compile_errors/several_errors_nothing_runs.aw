# Every compile error is found before anything runs: no output at all.
print("never printed")
let a = 1
a = 2
break
let = 3
return
# expect error: error[syntax]: cannot assign to 'a': it is declared with 'let' (at 
