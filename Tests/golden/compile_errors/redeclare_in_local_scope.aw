fn f() {
    let x = 1
    let x = 2
    return x
}
# expect error: error[syntax]: 'x' is already declared in this scope (at 
