if true {
    let inner = 1
    print(inner)  # expect: 1
}
print(inner)
# expect error: error: NameError: name 'inner' is not defined
