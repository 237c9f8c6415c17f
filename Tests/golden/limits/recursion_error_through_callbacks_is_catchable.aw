# A RecursionError raised through map callbacks can be caught and inspected.
fn f(n) {
    if n == 0 { return 0 }
    return [n - 1].map(f)[0] + 1
}
try {
    f(20000)
} catch e {
    print(e.kind, len(e.trace) > 0)
}
print("after")
# expect: RecursionError true
# expect: after
