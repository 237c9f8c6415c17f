let x = 1 +
    2 *
    3
print(x)  # expect: 7
let ok = true and
    false
print(ok)  # expect: false
