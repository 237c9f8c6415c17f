print(list(range(3)))  # expect: [0, 1, 2]
print(list("abc"))  # expect: ["a", "b", "c"]
let xs = [1]
let copy = list(xs)
copy.append(2)
print(xs)  # expect: [1]
