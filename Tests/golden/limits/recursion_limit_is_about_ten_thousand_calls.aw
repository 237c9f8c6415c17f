# The limit is about 10,000 calls: 9,000 succeed, 11,000 fail.
fn depth(n) {
    if n == 0 { return 0 }
    return 1 + depth(n - 1)
}
print(depth(9000))  # expect: 9000
try {
    depth(11000)
} catch RecursionError {
    print("too deep")  # expect: too deep
}
