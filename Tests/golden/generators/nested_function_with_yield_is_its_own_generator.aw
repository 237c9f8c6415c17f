fn outer() {
    let inner = fn () { yield 1 }
    return inner
}
print(type(outer()))  # expect: fn
print(type(outer()()))  # expect: generator
