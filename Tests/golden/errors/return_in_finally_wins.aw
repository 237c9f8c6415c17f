# As in Python, a `return` in `finally` replaces the pending return value.
fn f() {
    try {
        return "try"
    } finally {
        return "finally"
    }
}
print(f())  # expect: finally
