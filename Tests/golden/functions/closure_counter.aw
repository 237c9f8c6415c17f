fn make_counter() {
    var count = 0
    return fn () {
        count += 1
        return count
    }
}
let c1 = make_counter()
let c2 = make_counter()
c1()
c1()
print(c1(), c2())  # expect: 3 1
