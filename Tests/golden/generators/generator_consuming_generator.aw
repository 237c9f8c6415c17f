fn nums() {
    yield 1
    yield 2
    yield 3
}
fn doubled(source) {
    for x in source {
        yield x * 2
    }
}
print(list(doubled(nums())))  # expect: [2, 4, 6]
