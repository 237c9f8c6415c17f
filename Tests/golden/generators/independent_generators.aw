fn counter() {
    var n = 0
    while true {
        n += 1
        yield n
    }
}
let a = counter()
let b = counter()
for x in a { if x == 3 { break } }
for y in b { print(y); break }
# expect: 1
