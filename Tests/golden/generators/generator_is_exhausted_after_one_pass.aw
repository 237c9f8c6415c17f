fn two() {
    yield 1
    yield 2
}
let g = two()
print(list(g))  # expect: [1, 2]
print(list(g))  # expect: []
