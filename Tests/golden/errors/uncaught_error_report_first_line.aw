fn ratio(a, b) {
    return a / b
}
print(ratio(1, 0))
# expect error: error: ZeroDivisionError: division by zero
