fn countdown(n) {
    while n > 0 {
        yield n
        n -= 1
    }
}
print(list(countdown(3)))  # expect: [3, 2, 1]
print(sum(countdown(100)))  # expect: 5050
