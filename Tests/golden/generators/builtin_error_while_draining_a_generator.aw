# sum() takes a generator's values as it yields them. When sum fails on one,
# the error belongs to the sum call, not to the generator: a try/catch inside
# the generator never sees it, and the generator stays paused at that yield.
fn items() {
    try {
        yield 1
        yield 2
        yield "three"
        yield 4
    } catch e {
        print("the generator caught", e)
    }
}

let g = items()
try {
    print(sum(g))
} catch e {
    print("sum failed:", e.kind)  # expect: sum failed: TypeError
}
for rest in g { print("then", rest) }  # expect: then 4
print(list(g))  # expect: []

# A generator that yields nothing but numbers, drained by several builtins.
fn squares(n) {
    var i = 0
    while i < n {
        yield i * i
        i += 1
    }
}
print(sum(squares(1000)))  # expect: 332833500
print(max(squares(10)), min(squares(10)), len(list(squares(7))))  # expect: 81 0 7
print(sorted(squares(4), reverse: true))  # expect: [9, 4, 1, 0]
