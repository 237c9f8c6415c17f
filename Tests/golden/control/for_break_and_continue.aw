for x in range(10) {
    if x == 1 { continue }
    if x == 4 { break }
    print(x)
}
# expect: 0
# expect: 2
# expect: 3
