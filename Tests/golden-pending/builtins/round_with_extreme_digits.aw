# PENDING: interpreter bug. `round(x, digits)` with very negative `digits` crashes the
# process (signal 4) for `round(1.5, lo)` and for `round(9223372036854775807, -1)`, whose
# result does not fit in 64 bits and must raise OverflowError instead.
let lo = -9223372036854775807 - 1
print(round(1.5, lo))  # expect: 0.0
try {
    print(round(9223372036854775807, -1))
} catch OverflowError {
    print("overflow")  # expect: overflow
}
