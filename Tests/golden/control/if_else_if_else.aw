fn classify(n) {
    if n < 0 {
        return "negative"
    } else if n == 0 {
        return "zero"
    } else if n < 10 {
        return "small"
    } else {
        return "large"
    }
}
print(classify(-1), classify(0), classify(5), classify(50))  # expect: negative zero small large
