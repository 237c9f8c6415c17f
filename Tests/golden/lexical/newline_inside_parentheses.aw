print(1,
      2,
      3)
# expect: 1 2 3
let total = (1
    + 2)
print(total)  # expect: 3
