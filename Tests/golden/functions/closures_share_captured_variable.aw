fn make() {
    var n = 0
    let inc = fn () { n += 1 }
    let read = fn () => n
    return [inc, read]
}
let pair = make()
let inc = pair[0]
let read = pair[1]
inc()
inc()
print(read())  # expect: 2
