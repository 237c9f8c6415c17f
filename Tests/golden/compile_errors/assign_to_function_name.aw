# A `fn` declaration binds its name like `let`.
fn f() => 1
f = 3
# expect error: error[syntax]: cannot assign to 'f': it is declared with 'let' (at 
