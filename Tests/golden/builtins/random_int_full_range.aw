# args: --seed 3
let lo = -9223372036854775807 - 1
let hi = 9223372036854775807
print(type(random_int(lo, hi)))  # expect: int
print(random_int(hi, hi), random_int(lo, lo))  # expect: 9223372036854775807 -9223372036854775808
