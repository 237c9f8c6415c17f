fn three() {
    yield 3
    yield 1
    yield 2
}
print(sorted(three()), max(three()), min(three()))  # expect: [1, 2, 3] 3 1
print(enumerate(three()))  # expect: [[0, 3], [1, 1], [2, 2]]
