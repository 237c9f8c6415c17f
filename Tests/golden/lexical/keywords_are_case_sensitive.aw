let Let = 1
let True = 2
print(Let + True)  # expect: 3
