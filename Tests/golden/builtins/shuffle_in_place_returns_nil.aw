# args: --seed 3
let xs = list(range(20))
print(shuffle(xs))  # expect: nil
print(len(xs), sorted(xs) == list(range(20)))  # expect: 20 true
print(xs != list(range(20)))  # expect: true
