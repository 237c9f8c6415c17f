try {
    print([1, 2][7])
} catch IndexError as e {
    print(e.message.contains("7"))  # expect: true
}
