let x = "outer"
if true {
    let x = "inner"
    print(x)  # expect: inner
}
print(x)  # expect: outer
