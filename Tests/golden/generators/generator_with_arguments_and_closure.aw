fn multiples(of, count) {
    let scale = fn (i) => i * of
    for i in range(1, count + 1) {
        yield scale(i)
    }
}
print(list(multiples(3, 4)))  # expect: [3, 6, 9, 12]
