fn f(n) {
    n += 1
    return n
}
print(f(1))  # expect: 2
