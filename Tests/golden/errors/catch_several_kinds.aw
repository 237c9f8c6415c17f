fn attempt(f) {
    try {
        f()
        return "ok"
    } catch TypeError, KeyError as e {
        return "handled \(e.kind)"
    }
}
print(attempt(fn () => {}["missing"]))  # expect: handled KeyError
print(attempt(fn () => 1 + "a"))  # expect: handled TypeError
print(attempt(fn () => 1))  # expect: ok
