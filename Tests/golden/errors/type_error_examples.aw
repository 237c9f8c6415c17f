fn kind_of(f) {
    try {
        f()
    } catch e {
        return e.kind
    }
    return "no error"
}
print(kind_of(fn () => "a" + 1))  # expect: TypeError
print(kind_of(fn () => len(5)))  # expect: TypeError
print(kind_of(fn () => nil()))  # expect: TypeError
print(kind_of(fn () => 5[0]))  # expect: TypeError
print(kind_of(fn () => [1] < 2))  # expect: TypeError
