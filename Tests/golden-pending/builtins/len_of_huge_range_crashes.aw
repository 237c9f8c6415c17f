# PENDING: interpreter bug (process crash). The length of a range that does not fit in
# 64 bits must raise OverflowError (section 1: overflow "never traps the process");
# `len`, `bool` and indexing of such a range crash with "Swift runtime failure:
# arithmetic overflow" (signal 4).
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
# expect: 9223372036854775805
# expect: true
