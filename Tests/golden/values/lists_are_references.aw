let a = [1]
let b = a
b.append(2)
print(a)  # expect: [1, 2]
let m = {"n": 0}
let alias = m
alias["n"] = 5
print(m)  # expect: {"n": 5}
