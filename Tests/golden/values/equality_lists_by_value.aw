let a = [1, [2, "x"]]
let b = [1, [2, "x"]]
print(a == b)  # expect: true
print([1, 2] == [2, 1])  # expect: false
print([1] != [1])  # expect: false
print([1] == [1.0])  # expect: true
