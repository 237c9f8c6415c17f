fn kind_of(f) {
    try {
        f()
    } catch e {
        return e.kind
    }
    return "no error"
}
print(kind_of(fn () => 1 / 0))  # expect: ZeroDivisionError
print(kind_of(fn () => 1 // 0))  # expect: ZeroDivisionError
print(kind_of(fn () => 1 % 0))  # expect: ZeroDivisionError
print(kind_of(fn () => 1.5 / 0.0))  # expect: ZeroDivisionError
