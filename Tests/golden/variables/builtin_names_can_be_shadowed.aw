var len = 1
print(len)  # expect: 1
fn outer() {
    let str = "shadowed"
    return str
}
print(outer(), str(5))  # expect: shadowed 5
