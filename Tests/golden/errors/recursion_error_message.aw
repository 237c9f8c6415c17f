fn forever(n) => forever(n + 1)
try {
    forever(0)
} catch RecursionError as e {
    print(e.message.contains("10000"))  # expect: true
    print(len(e.trace) > 100)  # expect: true
}
