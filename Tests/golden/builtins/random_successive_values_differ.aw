# args: --seed 3
let a = random()
let b = random()
print(a != b)  # expect: true
