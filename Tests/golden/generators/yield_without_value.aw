fn g() {
    yield
}
print(list(g()))  # expect: [nil]
