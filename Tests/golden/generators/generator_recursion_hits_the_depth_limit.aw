# Generators iterating themselves recursively count towards the call depth limit.
fn nest(n) {
    if n == 20000 {
        yield n
        return
    }
    for x in nest(n + 1) { yield x }
}
print(list(nest(0)))
# expect error: error: RecursionError: maximum call depth (10000) exceeded
