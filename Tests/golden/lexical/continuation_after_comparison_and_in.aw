print(1 ==
    1)  # expect: true
let found = 2 in
    [1, 2]
print(found)  # expect: true
