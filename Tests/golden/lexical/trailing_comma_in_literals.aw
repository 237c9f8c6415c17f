let xs = [
    1,
    2,
]
let m = {
    a: 1,
}
print(xs, m)  # expect: [1, 2] {"a": 1}
