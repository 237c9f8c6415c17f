let xs = [
    1,
    2
]
let m = {
    "a": 1,
    b: 2
}
print(xs)  # expect: [1, 2]
print(m)  # expect: {"a": 1, "b": 2}
