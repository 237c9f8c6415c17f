# Well under the default call depth of 10,000.
fn depth(n) {
    if n == 0 { return 0 }
    return 1 + depth(n - 1)
}
print(depth(5000))  # expect: 5000
