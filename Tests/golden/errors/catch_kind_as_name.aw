try {
    int("x")
} catch ValueError as e {
    print(e.kind)
}
# expect: ValueError
