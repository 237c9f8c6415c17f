# PENDING: interpreter bug. Section 8: call depth 10,000 -> RecursionError. Generators that
# iterate themselves recursively are not counted: nesting 20,000 generators succeeds, and
# an unbounded recursive generator (`fn g(n) { for x in g(n + 1) { yield x } }`) never
# raises RecursionError; it grows memory until the process is killed.
fn nest(n) {
    if n == 20000 {
        yield n
        return
    }
    for x in nest(n + 1) { yield x }
}
print(list(nest(0)))
# expect error: error: RecursionError
