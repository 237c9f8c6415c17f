# round() with digits near the 64-bit limits: 0.0, or OverflowError when the result does not fit.
let lo = -9223372036854775807 - 1
print(round(1.5, lo))  # expect: 0.0
try {
    print(round(9223372036854775807, -1))
} catch OverflowError {
    print("overflow")  # expect: overflow
}
