# A parameter with the same name as an outer `let` is a new, mutable local.
let x = 1
fn f(x) {
    x = 5
    return x
}
print(f(0), x)  # expect: 5 1
