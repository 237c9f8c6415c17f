try {
    print(9223372036854775807 + 1)
} catch OverflowError as e {
    print("caught", e.kind)
}
# expect: caught OverflowError
