for i in range(3) {
    for j in range(3) {
        if j == 1 { break }
        print(i, j)
    }
}
# expect: 0 0
# expect: 1 0
# expect: 2 0
