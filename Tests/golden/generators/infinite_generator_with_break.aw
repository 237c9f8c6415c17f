fn naturals() {
    var n = 0
    while true {
        yield n
        n += 1
    }
}
var taken = []
for n in naturals() {
    if n == 4 { break }
    taken.append(n)
}
print(taken)  # expect: [0, 1, 2, 3]
