# Recursion through a builtin's callback (map) counts towards the 10,000 call depth like any call.
fn depth(n) {
    if n == 0 { return 0 }
    return [n - 1].map(depth)[0] + 1
}
print(depth(1000))  # expect: 1000
