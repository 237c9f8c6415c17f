try {
    [][0]
} catch IndexError {
    print("index problem")
}
# expect: index problem
