# A range longer than 2^63 elements raises OverflowError from len; its items are still reachable.
let lo = -9223372036854775807 - 1
let hi = 9223372036854775807
try {
    print(len(range(lo, hi)))
} catch OverflowError {
    print("len overflows")
}
try {
    print(len(range(hi, lo, -1)))
} catch OverflowError {
    print("len overflows")
}
try {
    print(range(lo, hi, 3)[-1])
} catch OverflowError {
    print("index overflows")
}
print(bool(range(lo, hi)))
# expect: len overflows
# expect: len overflows
# expect: 9223372036854775804
# expect: true
