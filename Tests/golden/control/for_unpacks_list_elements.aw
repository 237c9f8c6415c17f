for a, b in [[1, 2], [3, 4]] {
    print(a + b)
}
# expect: 3
# expect: 7
for i, ch in enumerate(["x", "y"]) {
    print(i, ch)
}
# expect: 0 x
# expect: 1 y
