for a, b in [[1, 2, 3]] {
    print(a)
}
# expect error: error: ValueError: expected 2 values to unpack, got 3
