# Generators delegating to each other 500 levels deep.
fn nest(n) {
    if n == 0 {
        yield "bottom"
        return
    }
    for x in nest(n - 1) { yield x }
}
print(list(nest(500)))  # expect: ["bottom"]
