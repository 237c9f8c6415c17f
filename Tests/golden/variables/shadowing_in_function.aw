let x = 1
fn f() {
    let x = 2
    return x
}
print(f(), x)  # expect: 2 1
