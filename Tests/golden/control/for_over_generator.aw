fn evens(limit) {
    var n = 0
    while n < limit {
        yield n
        n += 2
    }
}
for e in evens(5) { print(e) }
# expect: 0
# expect: 2
# expect: 4
