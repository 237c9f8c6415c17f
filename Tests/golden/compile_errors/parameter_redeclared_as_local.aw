fn f(a) {
    let a = 2
    return a
}
# expect error: error[syntax]: 'a' is already declared in this scope (at 
