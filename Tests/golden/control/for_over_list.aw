for x in [1, "two", 3.0] {
    print(x)
}
# expect: 1
# expect: two
# expect: 3.0
