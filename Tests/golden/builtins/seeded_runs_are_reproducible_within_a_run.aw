# args: --seed 3
# Shuffling two equal lists in one run gives different orders (the generator moves on).
let a = list(range(10))
let b = list(range(10))
shuffle(a)
shuffle(b)
print(a != b)  # expect: true
print(sorted(a) == sorted(b))  # expect: true
