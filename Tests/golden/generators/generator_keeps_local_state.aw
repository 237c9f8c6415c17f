fn fib() {
    var a = 0
    var b = 1
    while true {
        yield a
        let next = a + b
        a = b
        b = next
    }
}
var out = []
for x in fib() {
    if x > 20 { break }
    out.append(x)
}
print(out)  # expect: [0, 1, 1, 2, 3, 5, 8, 13]
